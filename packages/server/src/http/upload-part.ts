/** The one file of a multipart/form-data upload, with clear 4xx answers for every way it can be wrong. */
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { uploadReadError } from '../storage/upload-intake.js';

const MULTIPART_REQUIRED = {
  id: 'Kirim berkas sebagai multipart/form-data dengan kolom "file".',
  en: 'Send the file as multipart/form-data in a field named "file".',
};

/** The file part of the request (field "file"); 415 when not multipart, 400 when malformed or empty. */
export async function uploadedFile(request: FastifyRequest, maxBytes: number): Promise<MultipartFile> {
  if (!request.isMultipart()) throw new AppError(415, 'multipart_required', MULTIPART_REQUIRED);
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  } catch (error) {
    throw uploadReadError(error, maxBytes);
  }
  if (!part) throw new AppError(400, 'file_missing', { id: 'Tidak ada berkas yang dikirim.', en: 'No file was sent.' });
  return part;
}
