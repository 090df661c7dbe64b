import { NotFoundContent } from "@/components/shell/not-found-content";

/** A page of this locale called notFound() (an unknown assessment, register, step…). */
export default function NotFound() {
  return <NotFoundContent />;
}
