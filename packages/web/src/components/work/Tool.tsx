/** One entry of a home's tool grid: a link with a line saying what is behind it. */
import { Link } from '../../router';

export function Tool({ href, title, text }: { href: string; title: string; text: string }) {
  return (
    <li className="tool">
      <Link href={href} className="tool__link">
        {title}
      </Link>
      <p className="muted">{text}</p>
    </li>
  );
}
