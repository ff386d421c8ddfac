/**
 * The metadata of one current template (NV3 of Sở Công Thương, 2025-H1, Vietnamese), to change one field in. Typed as
 * metadata so layout code takes it; the schema tests also pass it values the schema must refuse.
 */
import type { TemplateMetaT } from "../../src/core/templates/spec";

export const TEMPLATE_META_HASH = "0123456789abcdef".repeat(4);

export const templateMeta = (extra: Record<string, unknown> = {}): TemplateMetaT =>
  ({
    templateId: "TTX-NV3",
    version: "2.0.0",
    taskGroup: "NV3",
    unitId: "SO_CT",
    period: "2025-H1",
    lang: "vi",
    planHash: TEMPLATE_META_HASH,
    ...extra,
  }) as TemplateMetaT;
