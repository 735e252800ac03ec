namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// One published example of each payload family beside the EMVCo vectors, with a place where the code may grow
    /// (a longer token, note or message) so that the fuzz job seeds every family and the IL cost meter can stretch
    /// each to a given length.
    /// </summary>
    public static class PayloadFamilies
    {
        /// <summary>Family name, the example, and the text inserted at its end to lengthen it (repeated as needed).</summary>
        public static readonly (string Family, string Example, string Filler)[] All =
        {
            ("alipayUrl", "https://qr.alipay.com/fkx13673gkz2fi4kwuvzjb9?t=1608010938119", "9"),
            ("alipayUrl (AlipayHK)", "https://qr.alipay.hk/2810040101aicst8xqmv6ddlc4", "x"),
            ("alipayPlusMpm", "HTTPS://QR.SAMPLEDOMAIN.COM/MPM/3/R1BMRDA5NVBMVlMwMDIwMUNEU0QwMzMwMTE0U0FNUExFUExBVEZPUk0wMjExU0FNUExFTUVSSURDSVJEMDM5MDExMlNBTVBMRUlTU1VFUjAyMDIxMjAzMTNNSU5JUFJPR1JBTUlE", "QUFB"),
            ("weChatPay (weixin)", "weixin://wxpay/bizpayurl?pr=NwY5Mz9", "z"),
            ("weChatPay (wxp)", "wxp://f2f0H7xW3hJst1JoX3lEdTm8ZYjfkZPKQo5XSe57dnbv11g", "A"),
            ("weChatPay (https)", "https://wx.tenpay.com/f2f?t=AQAAAJ%2FXTNaHzjztqnoG92LKMn0%3D", "A"),
            ("upi", "upi://pay?pa=shop@okbank&pn=Sharma%20Stores&am=249.50&cu=INR&tn=", "Tea%20"),
            ("walletUrl (PayPal)", "https://paypal.me/klhui/12.50EUR?note=", "x"),
            ("walletUrl (Cash App)", "https://cash.app/$suatag/25.00?note=", "x"),
            ("walletUrl (Venmo)", "venmo://paycharge?txn=pay&recipients=benmuchler&amount=10&note=", "pizza+"),
            ("walletUrl (Paytm)", "paytmmp://pay?pa=shop@paytm&pn=Tea%20Stall&am=20&cu=INR&tn=", "x"),
            ("walletUrl (PayPal, no currency)", "https://paypal.me/klhui/12.50?note=", "x"),
            ("walletUrl (Swish text)", "C1237856901;100,00;12229445", "9"),
            ("walletUrl (Swish link)", "https://app.swish.nu/1/p/sw/?sw=1232877439&amt=550&cur=SEK&msg=Skriv%20lagnamn%20h%C3%A4r", "x"),
            ("walletUrl (Swish app)", "swish://payment?data=%7B%22version%22%3A1%2C%22payee%22%3A%7B%22value%22%3A%22%2B46701111111%22%7D%2C%22amount%22%3A%7B%22value%22%3A200%7D%2C%22message%22%3A%7B%22value%22%3A%22Bo%20Ek%22%7D%7D&src=", "x"),
            ("walletUrl (Vipps)", "https://qr.vipps.no/28/2/01/031/4712345678?v=1&x=", "x"),
            ("walletUrl (MobilePay)", "mobilepay://send?phone=90601&amount=25&comment=", "x"),
            ("alipayUrl (app link)", "alipays://platformapi/startapp?saId=10000007&qrcode=https%3A%2F%2Fqr.alipay.com%2FFKX04202G4K6AVCF5GIY66%3F_s%3D", "x"),
            ("cryptoUri", "bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=50&label=Luke-Jr&message=", "Donation%20"),
            ("notPayment (vCard)", "BEGIN:VCARD\nVERSION:3.0\nN:Gump;Forrest\nTEL:+1-404-555-1212\nNOTE:", "x"),
            ("notPayment (Wi-Fi)", "WIFI:T:WPA;P:secret;S:", "cafe"),
            ("unknownUrl (web link)", "https://example.com/menu?page=", "1"),
            ("emvConsumer", "hQVDUFYwMWEaTwegAAAAVQAAAVcIQ0FUX0NBUkRfTkFNRQ==", "QUFB"),
        };

        /// <summary>
        /// One published example of each bank-transfer family (EPC069-12's own and the Wikimedia GiroCode in CR LF, the
        /// Swiss Guidelines' QR-IBAN example, SPAYD's with its CRC32, a PAY by square order). Their fields have lengths
        /// and checksums, so they are grown by <c>PayloadCost.Padded</c>, not by a filler.
        /// </summary>
        public static readonly (string Family, string Example)[] Bank =
        {
            ("epcQr", "BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\nCHAR\n\nUrgency fund\nSample EPC QR code"),
            ("epcQr (CR LF)", "BCD\r\n002\r\n1\r\nSCT\r\n\r\nWikimedia Foerdergesellschaft\r\nDE33100205000001194700\r\nEUR123.45\r\n\r\nRF18539007547034"),
            ("swissQrBill", SwissExample),
            ("spd", "SPD*1.0*ACC:CZ5855000000001265098001*AM:480.50*CC:CZK*MSG:Platba za elektrinu*X-VS:1234567890*CRC32:E5A03886"),
            ("payBySquare", "0004G0005ES17OQ09C98Q7ME34TCR3V71LVKD2AE6EGHKR82DKS5NBJ3331VUFQIV0JGMR743UJCKSAKEM9QGVVVOIVH000"),
        };

        /// <summary>The Swiss Implementation Guidelines' QR-bill example (QR-IBAN with a QR reference).</summary>
        public const string SwissExample =
            "SPC\n0200\n1\nCH4431999123000889012\nS\nRobert Schneider AG\nRue du Lac\n1268\n2501\nBiel\nCH\n\n\n\n\n\n\n\n" +
            "1949.75\nCHF\nS\nPia-Maria Rutschmann-Schnyder\nGrosse Marktgasse\n28\n9400\nRorschach\nCH\n" +
            "QRR\n210000000003139471430009017\nOrder dated 18.06.2020\nEPD\n" +
            "//S1/10/10201409/11/200701/20/140.000-53/30/102673831/31/200615/32/7.7/33/7.7:139.40/40/0:30\n" +
            "Name AV1: UV;UltraPay005;12345\nName AV2: XY;XYService;54321";

        /// <summary>The example of <paramref name="index"/> grown with its filler to at least <paramref name="length"/> characters.</summary>
        public static string Stretched(int index, int length)
        {
            var (_, example, filler) = All[index];
            var text = new System.Text.StringBuilder(example);
            while (text.Length < length) text.Append(filler);
            return text.ToString();
        }
    }
}
