namespace GlassesFirmware.Payload
{
    /// <summary>
    /// UPI payment intents (NPCI UPI Linking Specification): <c>upi://pay?pa=...&amp;pn=...&amp;am=...&amp;cu=INR</c>,
    /// and Paytm's <c>paytmmp://pay?</c> deep link with the same fields. The payee address pa is required; the
    /// payee name pn, the amount am and the currency cu (INR only) are read when the code states them.
    /// </summary>
    internal static class UpiUrl
    {
        /// <summary>The only currency UPI pays in.</summary>
        private const string Rupee = "INR";

        /// <summary>Judges a parsed upi:// or paytmmp:// URL.</summary>
        public static void Analyze(UrlParser u, FindingList f, PaymentIntent r)
        {
            bool paytm = u.Scheme == "paytmmp";
            r.Kind = paytm ? PayloadKind.WalletUrl : PayloadKind.Upi;
            r.Scheme = paytm ? "Paytm" : "UPI";
            byte[] t = u.Text;
            int n = u.Length;
            int rest = u.RestStart;
            if (u.Failure != FindingCode.None)
            {
                f.Error(u.Failure, null, u.Scheme + ":// URL cannot be parsed: " + u.Problem);
                return;
            }

            if (u.Host == null || u.Host.ToLower() != "pay" || rest >= n || t[rest] != (byte)'?')
            {
                f.Error(FindingCode.UrlMalformed, null, "UPI URL is not a " + u.Scheme + "://pay? intent");
                return;
            }

            int end;
            int pa = UrlQuery.Find(t, rest, n, "pa", out end);
            if (pa < 0 || pa == end)
            {
                f.Error(FindingCode.UrlMalformed, "pa", "UPI intent without pa (payee address)");
                return;
            }

            int pn = UrlQuery.Find(t, rest, n, "pn", out end);
            if (pn >= 0)
            {
                r.Payee = UrlQuery.Decode(t, pn, end, true);
                if (r.Payee != null) r.PayeeSource = PayeeSource.CodeField;
            }

            int cuEnd;
            int cu = UrlQuery.Find(t, rest, n, "cu", out cuEnd);
            // Generators write "cu=" and "am=" with nothing after them: such a field states nothing.
            if (cu == cuEnd) cu = -1;
            if (cu < 0) f.Relaxed(FindingCode.FieldMissing, "cu", "UPI intent without cu", "INR assumed, the only UPI currency");
            if (!UrlMoney.Currency(t, cu, cuEnd, Rupee, Rupee, "cu", f, r)) return;
            int am = UrlQuery.Find(t, rest, n, "am", out end);
            if (am >= 0 && am < end) UrlMoney.Read(t, am, end, "am", f, r);
        }
    }
}
