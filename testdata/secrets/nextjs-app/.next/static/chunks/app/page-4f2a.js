(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[931],{5301:function(e,t,n){"use strict";n.r(t);var r={webhookSecret:"whsec_@fakeB@@@@@@@@@@@@@@@@@@@@@@@@@@"};t.default=r}}]);
