export const k="sk_live_@fakeV@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@";
