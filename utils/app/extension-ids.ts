/** Stable extension ids for deployment by policy and for tests. */

/**
 * Public half of the key that fixes the Chromium extension id to
 * `nagfimnmkgbbbeelljnligaodopglaip`, so that helpdesks can name it in browser policy and tests
 * can write managed policy before the first start. (Only the public key is committed; the store
 * signs release packages with its own key and keeps the same id.)
 */
export const CHROMIUM_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuDiRgNYPKimlzUU0UdXc3BzICG9H5WCVNfgJ74cdttLnXCnSuDFC5E+DNrTrQbrm1Pg6n6S5KD2mBTcKOp5Ak1YK6qQRJ7qz6XQZBPSn6Z77cw5cPhV9uZ60itg/tEzVzc2EnPJS76s9xDNCleGlgRJO6JpcqRR+fwNbH5dI3A/xIBGXeVLHFa6/dTItlprF+D6q3NGcPqMQGYs0xzC9eWjqQFYupe1i5LOdeiHPXUkVa5EEzn/hLlP3QfB7V3iAc9YcCu8s0VgGnIioLnMUj8i/hzytii0OfRg56ewzpeirv0gPEXX8325VVonmreAd+W9MRMylY3d55V5WJrsyfwIDAQAB';
export const CHROMIUM_EXTENSION_ID = 'nagfimnmkgbbbeelljnligaodopglaip';
export const GECKO_EXTENSION_ID = 'vahti@vahti.invalid';
