import "server-only";

type TEnvSource = Readonly<Record<string, string | undefined>>;

/** VIGIE_SCAN: anything but `off` (or `0`, `false`, `no`) leaves the scan on. */
export const scanOffered = (env: TEnvSource = process.env): boolean => !/^(off|0|false|no)$/i.test((env.VIGIE_SCAN ?? "").trim());
