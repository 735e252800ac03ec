namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Vipps (Norway) and MobilePay (Denmark, Finland) codes, one company since 2022: Vipps QR codes on qr.vipps.no
    /// (a person's QR <c>/28/2/01/031/47XXXXXXXX?v=1</c> states their phone number; box, donation and merchant codes
    /// state nothing), MobilePay Box codes (<c>qr.mobilepay.dk/box/ID/pay-in</c>, <c>qr.mobilepay.fi/...</c>,
    /// <c>products.mobilepay.dk/box/pay-in?id=...</c>), and MobilePay payment links, the web one
    /// (<c>mobilepay.dk/erhverv/betalingslink/betalingslink-svar?phone=...&amp;amount=...&amp;comment=...</c>) and the app
    /// one (<c>mobilepay://send?phone=...&amp;amount=...&amp;comment=...</c>). A MobilePay link's amount has no currency
    /// (kroner in Denmark, euros in Finland): it is read as an amount in the currency the wallet sets.
    /// </summary>
    internal static class VippsMobilePayUrl
    {
        private const string Vipps = "Vipps";
        private const string MobilePay = "MobilePay";

        /// <summary>The path of a Vipps person's QR code; the segment after it is their phone number (MSISDN).</summary>
        private const string PersonalPath = "/28/2/01/031/";

        /// <summary>True when the https URL is a Vipps or MobilePay code: the intent then says which and what the code states.</summary>
        public static bool Recognize(UrlParser u, FindingList f, PaymentIntent r)
        {
            string host = u.Host;
            byte[] t = u.Text;
            int s = u.RestStart;
            int e = u.Length;
            if (host == "qr.vipps.no" || host == "qr.mobilepay.dk" || host == "qr.mobilepay.fi")
            {
                // Hosts for QR codes only: every path is a code the wallet resolves.
                WalletUrl.Named(host == "qr.vipps.no" ? Vipps : MobilePay, r);
                if (s + 1 >= e || t[s + 1] == (byte)'?') f.Error(FindingCode.UrlMalformed, null, r.Scheme + " QR URL without a code in its path");
                else if (host == "qr.vipps.no" && Ascii.StartsWith(t, s, e, PersonalPath)) Phone(t, s + PersonalPath.Length, UrlQuery.SegmentEnd(t, s + PersonalPath.Length, e), "phone", f, r);
                return true;
            }

            if (host == "products.mobilepay.dk" && Ascii.StartsWith(t, s, e, "/box/pay-in"))
            {
                WalletUrl.Named(MobilePay, r);
                int end;
                int id = UrlQuery.Find(t, UrlQuery.Start(t, s, e), e, "id", out end);
                if (id < 0 || id == end) f.Error(FindingCode.UrlMalformed, "id", "MobilePay Box link without a box id");
                return true;
            }

            if ((host == "mobilepay.dk" || host == "www.mobilepay.dk") && Ascii.StartsWith(t, s, e, "/erhverv/betalingslink/"))
            {
                Send(t, UrlQuery.Start(t, s, e), e, f, r);
                return true;
            }

            return false;
        }

        /// <summary>Judges a mobilepay:// app link: only send?phone=... pays someone.</summary>
        public static void AnalyzeApp(UrlParser u, FindingList f, PaymentIntent r)
        {
            if (u.Failure != FindingCode.None)
            {
                WalletUrl.Named(MobilePay, r);
                f.Error(u.Failure, null, "mobilepay:// URL cannot be parsed: " + u.Problem);
            }
            else if (u.Host == null || u.Host.ToLower() != "send")
            {
                WalletUrl.Named(MobilePay, r);
                f.Error(FindingCode.UrlMalformed, null, "mobilepay:// link is not a send?phone= payment");
            }
            else
            {
                Send(u.Text, UrlQuery.Start(u.Text, u.RestStart, u.Length), u.Length, f, r);
            }
        }

        /// <summary>A MobilePay payment link's query: phone (required), amount (no currency) and comment.</summary>
        private static void Send(byte[] t, int q, int e, FindingList f, PaymentIntent r)
        {
            WalletUrl.Named(MobilePay, r);
            int end;
            int phone = UrlQuery.Find(t, q, e, "phone", out end);
            if (!Phone(t, phone, phone < 0 ? phone : end, "phone", f, r)) return;
            int amount = UrlQuery.Find(t, q, e, "amount", out end);
            if (amount >= 0 && amount < end) UrlMoney.ReadWithoutCurrency(t, amount, end, "amount", f, r);
            int comment = UrlQuery.Find(t, q, e, "comment", out end);
            if (comment >= 0) r.PayeeDetails.Reference = UrlQuery.Decode(t, comment, end, true);
        }

        /// <summary>The payee's phone or MobilePay number [s, e) (s = e when absent): 4-15 digits; false, with an error, otherwise.</summary>
        private static bool Phone(byte[] t, int s, int e, string tag, FindingList f, PaymentIntent r)
        {
            if (e - s < 4 || e - s > 15 || !Ascii.IsDigits(t, s, e))
            {
                f.Error(FindingCode.FieldFormat, tag, r.Scheme + " payee is not a phone or MobilePay number of 4-15 digits");
                return false;
            }

            WalletUrl.SetPayee(UrlQuery.Decode(t, s, e, false), r);
            return true;
        }
    }
}
