// Codes of the membership API and their Vietnamese names, as [code, label] in the order forms list them.
export const GENDERS = [
  ['MALE', 'Nam'],
  ['FEMALE', 'Nữ'],
];

export const POSITIONS = [
  ['CHAIR', 'Chủ tịch'],
  ['VICE_CHAIR', 'Phó Chủ tịch'],
  ['EXECUTIVE_COMMITTEE', 'Ủy viên Ban Chấp hành'],
  ['INSPECTION_COMMITTEE', 'Ủy viên Ủy ban Kiểm tra'],
  ['GROUP_LEADER', 'Tổ trưởng'],
];

export const DEPARTURE_REASONS = [
  ['RETIRED', 'Nghỉ hưu'],
  ['TRANSFERRED_OUT', 'Chuyển công tác ngoài hệ thống'],
  ['INELIGIBLE', 'Không còn đủ điều kiện'],
  ['RESIGNED', 'Xin ra khỏi tổ chức Công đoàn'],
  ['DECEASED', 'Từ trần'],
];

export const STATUSES = [
  ['', 'Đang sinh hoạt'],
  ['DEPARTED', 'Đã ra khỏi công đoàn'],
  ['TRANSFERRED_OUT', 'Đã chuyển đi'],
  ['ALL', 'Tất cả'],
];

export const FUNDS = [
  ['DUES', 'Đoàn phí'],
  ['UNION_FUNDING', 'Kinh phí công đoàn'],
  ['OTHER', 'Nguồn khác'],
];

export const RELATIONS = [
  ['SELF', 'Bản thân'],
  ['PARENT', 'Cha, mẹ'],
  ['CHILD', 'Con'],
  ['SPOUSE', 'Vợ, chồng'],
];

export const WAIVERS = [
  ['', 'Đóng'],
  ['SOCIAL_INSURANCE_BENEFITS', 'Miễn: hưởng BHXH cả tháng'],
  ['UNPAID_MONTH', 'Miễn: nghỉ không lương'],
];

export const SHARES = [
  ['DUES', 'Đoàn phí'],
  ['UNION_FUNDING', 'Kinh phí công đoàn'],
];

export const INSPECTION_SCOPES = [
  ['CHARTER', 'Việc chấp hành Điều lệ Công đoàn'],
  ['FINANCE', 'Tài chính công đoàn'],
  ['OTHER', 'Nội dung khác'],
];

// The kind of employer a branch belongs to (membership's Sector): it decides which dues rules apply.
export const SECTORS = [
  ['STATE_AGENCY', 'Cơ quan hành chính nhà nước'],
  ['PUBLIC_SERVICE_UNIT', 'Đơn vị sự nghiệp công lập'],
  ['STATE_ENTERPRISE', 'Doanh nghiệp nhà nước'],
  ['NON_STATE_ENTERPRISE', 'Doanh nghiệp ngoài nhà nước'],
  ['OTHER', 'Khác'],
];

export const DISCLOSURES = [
  ['RECEIPTS', 'Số tiền đã nhận'],
  ['DISTRIBUTION', 'Việc phân phối'],
];
