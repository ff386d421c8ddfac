/**
 * Cao Bằng's district-level units, written by hand (not read from the catalog): the thirteen of the 2018 decision,
 * and the ten after the 2020 merger (Thông Nông into Hà Quảng, Trà Lĩnh into Trùng Khánh, Quảng Uyên and Phục Hòa
 * into Quảng Hòa). Shared by the tests of who exists and who answers on a date.
 */
export const DISTRICTS_2018 = [
  "TP_CAOBANG",
  "H_BAOLAM",
  "H_BAOLAC",
  "H_HAQUANG",
  "H_THONGNONG",
  "H_TRUNGKHANH",
  "H_TRALINH",
  "H_HALANG",
  "H_QUANGUYEN",
  "H_PHUCHOA",
  "H_HOAAN",
  "H_NGUYENBINH",
  "H_THACHAN",
];

export const DISTRICTS_2020 = [
  "TP_CAOBANG",
  "H_BAOLAM",
  "H_BAOLAC",
  "H_HAQUANG",
  "H_TRUNGKHANH",
  "H_HALANG",
  "H_QUANGHOA",
  "H_HOAAN",
  "H_NGUYENBINH",
  "H_THACHAN",
];
