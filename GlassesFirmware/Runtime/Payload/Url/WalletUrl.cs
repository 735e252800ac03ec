namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Wallet payment links that need no allow-list entry, on each wallet's own hosts: PayPal (paypal.me/NAME,
    /// paypal.me/NAME/12.50EUR, paypal.com/qrcodes/..., /paypalme/NAME, /ncp/payment/...), Venmo
    /// (venmo.com/u/NAME, venmo.com/code?user_id=..., account.venmo.com/pay?recipients=...&amp;amount=..., PayPal's
    /// venmocs QR codes, venmo://paycharge?txn=pay...), Cash App (cash.app/$TAG, cash.app/$TAG/12.50), Monzo
    /// (monzo.me/NAME/12.50), Revolut (revolut.me/NAME), Wise (wise.com/pay/me/NAME), Zelle
    /// (enroll.zellepay.com/qr-codes?data=...) and PayMe from HSBC (qr.payme.hsbc.com.hk). The payee and
    /// the amount are read where the link states them; any other path on these hosts is an ordinary web link.
    /// </summary>
    internal static class WalletUrl
    {
        /// <summary>
        /// True when the https URL is a wallet payment link: the intent then carries the wallet's name and what the
        /// link states. False for any other host or path.
        /// </summary>
        public static bool Recognize(UrlParser u, FindingList f, PaymentIntent r)
        {
            string host = u.Host;
            byte[] t = u.Text;
            int s = u.RestStart;
            int e = u.Length;
            if (host == "paypal.me" || host == "www.paypal.me")
            {
                return NameAndAmount(t, s, e, "PayPal", null, false, f, r);
            }

            if (host == "paypal.com" || host == "www.paypal.com")
            {
                if (Ascii.StartsWith(t, s, e, "/qrcodes/venmocs/")) return Named("Venmo", r);
                if (Ascii.StartsWith(t, s, e, "/paypalme/")) return NameAndAmount(t, s + 9, e, "PayPal", null, false, f, r);
                bool payment = Ascii.StartsWith(t, s, e, "/qrcodes/") || Ascii.StartsWith(t, s, e, "/ncp/payment/") || Ascii.StartsWith(t, s, e, "/donate");
                if (payment) return Named("PayPal", r);
                return false;
            }

            if (host == "venmo.com" || host == "www.venmo.com" || host == "account.venmo.com")
            {
                return Venmo(t, s, e, f, r);
            }

            if (host == "cash.app" || host == "cash.me")
            {
                // Only $cashtag paths are payments; cash.app/help and the like are web pages.
                bool dollar = Ascii.StartsWith(t, s, e, "/$") || Ascii.StartsWith(t, s, e, "/%24");
                return dollar && NameAndAmount(t, s, e, "Cash App", "USD", true, f, r);
            }

            if (host == "monzo.me") return NameAndAmount(t, s, e, "Monzo", "GBP", true, f, r);
            if (host == "wise.com" && Ascii.StartsWith(t, s, e, "/pay/me/")) return NameAndAmount(t, s + 7, e, "Wise", null, false, f, r);
            if (host == "enroll.zellepay.com" && Ascii.StartsWith(t, s, e, "/qr-codes")) return Named("Zelle", r);
            if (host == "revolut.me") return NameAndAmount(t, s, e, "Revolut", null, false, f, r);
            if (host == "qr.payme.hsbc.com.hk" || host == "payme.hsbc")
            {
                return s + 1 < e && Named("PayMe", r);
            }

            return false;
        }

        /// <summary>Judges a venmo:// app link: paycharge with txn=pay pays the recipients; txn=charge asks them for money.</summary>
        public static void AnalyzeVenmoApp(UrlParser u, FindingList f, PaymentIntent r)
        {
            Named("Venmo", r);
            if (u.Failure != FindingCode.None)
            {
                f.Error(u.Failure, null, "venmo:// URL cannot be parsed: " + u.Problem);
                return;
            }

            byte[] t = u.Text;
            int q = UrlQuery.Start(t, u.RestStart, u.Length);
            int end;
            int txn = UrlQuery.Find(t, q, u.Length, "txn", out end);
            if (u.Host == null || u.Host.ToLower() != "paycharge" || txn < 0 || !Ascii.EqualsIgnoreCase(t, txn, end, "pay"))
            {
                f.Error(FindingCode.UrlMalformed, "txn", "venmo:// link is not a paycharge?txn=pay payment (txn=charge asks the recipients for money)");
                return;
            }

            UrlMoney.Fixed("USD", r);
            Query(t, q, u.Length, "recipients", f, r);
        }

        private static bool Venmo(byte[] t, int s, int e, FindingList f, PaymentIntent r)
        {
            if (Ascii.StartsWith(t, s, e, "/u/")) return NameAndAmount(t, s + 2, e, "Venmo", "USD", false, f, r);
            if (Ascii.StartsWith(t, s, e, "/code") || Ascii.StartsWith(t, s, e, "/pay"))
            {
                Named("Venmo", r);
                UrlMoney.Fixed("USD", r);
                Query(t, UrlQuery.Start(t, s, e), e, "recipients", f, r);
                return true;
            }

            return false;
        }

        /// <summary>
        /// The payee (query key <paramref name="payee"/>, or none when null) and "amount=" in the intent's currency
        /// (set before) from the query at <paramref name="q"/> (-1: no query).
        /// </summary>
        private static void Query(byte[] t, int q, int e, string payee, FindingList f, PaymentIntent r)
        {
            int end = -1;
            int p = payee == null ? -1 : UrlQuery.Find(t, q, e, payee, out end);
            if (p >= 0) SetPayee(UrlQuery.Decode(t, p, end, true), r);
            int a = UrlQuery.Find(t, q, e, "amount", out end);
            if (a >= 0 && a < end) UrlMoney.Read(t, a, end, "amount", f, r);
        }

        /// <summary>
        /// "/NAME" then optionally "/AMOUNT" with a currency: <paramref name="currency"/> for wallets of one currency,
        /// else three letters after the digits ("12.50EUR"); digits alone are an amount in the currency the
        /// wallet sets (<see cref="UrlMoney.ReadWithoutCurrency"/>). <paramref name="required"/>: the name must be there for the link to be a payment.
        /// </summary>
        private static bool NameAndAmount(byte[] t, int s, int e, string wallet, string currency, bool required, FindingList f, PaymentIntent r)
        {
            int nameEnd = s < e && t[s] == (byte)'/' ? UrlQuery.SegmentEnd(t, s + 1, e) : s;
            if (nameEnd <= s + 1 && required) return false;
            Named(wallet, r);
            // A wallet of one currency states it even without an amount: the wallet confirms an amount in it.
            if (currency != null) UrlMoney.Fixed(currency, r);
            if (nameEnd <= s + 1)
            {
                f.Error(FindingCode.UrlMalformed, null, wallet + " link without a payee name");
                return true;
            }

            SetPayee(UrlQuery.Decode(t, s + 1, nameEnd, false), r);
            int a = nameEnd + 1;
            int amountEnd = nameEnd < e && t[nameEnd] == (byte)'/' ? UrlQuery.SegmentEnd(t, a, e) : a;
            if (amountEnd == a)
            {
                // No amount in the path: wallets of one currency also take "?amount=" (venmo.com/u/NAME?txn=pay&amount=25.00, monzo.me/NAME?amount=7).
                if (currency != null) Query(t, UrlQuery.Start(t, nameEnd, e), e, null, f, r);
                return true;
            }

            int digitsEnd = a;
            while (digitsEnd < amountEnd && (Ascii.IsDigits(t, digitsEnd, digitsEnd + 1) || t[digitsEnd] == (byte)'.')) digitsEnd++;
            if (digitsEnd == amountEnd && currency == null)
            {
                // paypal.me/NAME/12.50: PayPal takes the amount in the link owner's currency, which the link does not state.
                UrlMoney.ReadWithoutCurrency(t, a, digitsEnd, "amount", f, r);
                return true;
            }

            bool ok = currency != null;
            if (digitsEnd < amountEnd)
            {
                ok = currency == null && UrlMoney.Currency(t, digitsEnd, amountEnd, null, null, "amount", f, r);
                if (currency != null) f.Error(FindingCode.AmountFormat, "amount", wallet + " amount is not a number");
            }

            if (ok) UrlMoney.Read(t, a, digitsEnd, "amount", f, r);
            return true;
        }

        /// <summary>Sets the payee a code states in a field of its own (null: not read).</summary>
        public static void SetPayee(string name, PaymentIntent r)
        {
            if (name == null) return;
            r.Payee = name;
            r.PayeeSource = PayeeSource.CodeField;
        }

        /// <summary>Makes the intent a wallet code of <paramref name="wallet"/>; true.</summary>
        public static bool Named(string wallet, PaymentIntent r)
        {
            r.Kind = PayloadKind.WalletUrl;
            r.Scheme = wallet;
            return true;
        }
    }
}
