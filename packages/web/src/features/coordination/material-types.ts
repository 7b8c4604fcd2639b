/** The media-kit shapes the screens use, as the API answers them. */
import type { ResponseOf } from '../../api/typed';

export type MaterialDetailDto = ResponseOf<'/api/media-kit/{id}', 'get'>;
