// The occasions a branch gives to many at once, and whom each is for by default: the officer sees
// the list filled in and edits it before recording. Which members have children or living parents
// the roster does not say, so those occasions start from every member and are pruned by hand.
const thisYear = () => new Date().getFullYear();
const on = (d, m) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${thisYear()}`;

export const OCCASIONS = [
  { id: 'mar8', label: '8/3 — đoàn viên nữ', kind: 'WOMENS_DAY_MAR8', day: () => on(8, 3), who: (m) => m.gender === 'FEMALE', relation: 'SELF' },
  { id: 'oct20', label: '20/10 — đoàn viên nữ', kind: 'WOMENS_DAY_OCT20', day: () => on(20, 10), who: (m) => m.gender === 'FEMALE', relation: 'SELF' },
  { id: 'jun1', label: '1/6 — con đoàn viên', kind: 'CHILDRENS_DAY', day: () => on(1, 6), who: () => true, relation: 'CHILD' },
  { id: 'midautumn', label: 'Trung thu — con đoàn viên', kind: 'MID_AUTUMN', day: () => null, who: () => true, relation: 'CHILD' },
  { id: 'oct1', label: '1/10 — cha mẹ đoàn viên', kind: 'OLDER_PERSONS_DAY', day: () => on(1, 10), who: () => true, relation: 'PARENT' },
  { id: 'birthday', label: 'Sinh nhật trong tháng', kind: 'BIRTHDAY', day: () => null, who: (m, month) => Number(String(m.dateOfBirth ?? '').slice(5, 7)) === month, relation: 'SELF' },
];
