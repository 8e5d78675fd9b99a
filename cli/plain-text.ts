/** Strip terminal control sequences: Graph strings are attacker-controlled and must not drive the terminal. */
export function plain(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
}
