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
            ("cryptoUri", "bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=50&label=Luke-Jr&message=", "Donation%20"),
            ("notPayment (vCard)", "BEGIN:VCARD\nVERSION:3.0\nN:Gump;Forrest\nTEL:+1-404-555-1212\nNOTE:", "x"),
            ("notPayment (Wi-Fi)", "WIFI:T:WPA;P:secret;S:", "cafe"),
            ("unknownUrl (web link)", "https://example.com/menu?page=", "1"),
            ("emvConsumer", "hQVDUFYwMWEaTwegAAAAVQAAAVcIQ0FUX0NBUkRfTkFNRQ==", "QUFB"),
        };

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
