// Behaviour shared by every page. No inline scripts anywhere: the Content-Security-Policy forbids them.
"use strict";
