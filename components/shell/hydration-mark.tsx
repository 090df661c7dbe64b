"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has hydrated the page (`<html data-hydrated>`): until then a
 * click on a button that needs script does nothing, or submits its form natively. The browser
 * tests wait for the mark before they click on a page that has just loaded.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
