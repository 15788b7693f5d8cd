const e={secret:"whsec_@fakeV@@@@@@@@@@@@@@@@@@@@@@@@@@",tolerance:300};export{e as w};
