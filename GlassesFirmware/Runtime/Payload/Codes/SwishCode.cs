namespace GlassesFirmware.Payload
{
    /// <summary>
    /// The Swish C2B QR text of Swish's "Guide Swish QR code specification" (section 6):
    /// <c>C&lt;Swish number&gt;;&lt;amount&gt;;&lt;message&gt;;&lt;lock mask&gt;</c>, e.g. <c>C1237856901;100,00;12229445;0</c>.
    /// The amount is in Swedish kronor with a decimal comma, the message is URL-encoded, the lock mask is the
    /// decimal value of three bits (payee, amount, message editable); omitted fields are empty strings.
    /// </summary>
    internal static class SwishCode
    {
        /// <summary>
        /// True when [s, e) is a Swish C code ("C", 8-15 digits, then the end or ';'): the intent is then a Swish
        /// payment with what the code states, and a typed error for each malformed field.
        /// </summary>
        public static bool Analyze(byte[] b, int s, int e, FindingList f, PaymentIntent r)
        {
            int digits = s + 1;
            while (digits < e && b[digits] >= (byte)'0' && b[digits] <= (byte)'9') digits++;
            int count = digits - s - 1;
            if (e - s < 9 || b[s] != (byte)'C' || count < 8 || count > 15 || (digits < e && b[digits] != (byte)';')) return false;

            WalletUrl.Named(SwishUrl.Name, r);
            UrlMoney.Fixed(SwishUrl.Krona, r);
            SwishUrl.Payee(UrlQuery.Decode(b, s + 1, digits, false), "payee", f, r);
            int amount = digits + 1;
            int amountEnd = Field(b, amount, e);
            int message = amountEnd + 1;
            int messageEnd = Field(b, message, e);
            int mask = messageEnd + 1;
            int maskEnd = Field(b, mask, e);
            if (maskEnd < e)
            {
                f.Error(FindingCode.PayloadStructure, null, "Swish code has more than four fields");
                return true;
            }

            if (amountEnd > amount) Amount(b, amount, amountEnd, f, r);
            if (messageEnd > message)
            {
                r.PayeeDetails.Reference = UrlQuery.Decode(b, message, messageEnd, true);
                if (r.PayeeDetails.Reference == null) f.Relaxed(FindingCode.FieldFormat, "message", "Swish message is not URL-encoded text", "the message is not read");
            }

            // The lock mask is 0-7 (payee, amount, message bits); absent means 0, every field fixed.
            if (maskEnd > mask && (maskEnd - mask != 1 || b[mask] < (byte)'0' || b[mask] > (byte)'7'))
            {
                f.Error(FindingCode.FieldFormat, "mask", "Swish lock mask is not 0-7");
            }

            return true;
        }

        /// <summary>The end of the ';'-separated field at <paramref name="p"/> (e when it runs to the end or p is past it).</summary>
        private static int Field(byte[] b, int p, int e)
        {
            while (p < e && b[p] != (byte)';') p++;
            return p < e ? p : e;
        }

        /// <summary>The amount with its decimal comma ("100,00"); a decimal point is not Swish's format.</summary>
        private static void Amount(byte[] b, int s, int e, FindingList f, PaymentIntent r)
        {
            byte[] amount = new byte[e - s];
            for (int i = s; i < e; i++)
            {
                byte c = b[i];
                if (c == (byte)'.')
                {
                    f.Error(FindingCode.AmountFormat, "amount", "Swish amount uses a decimal point; the format's separator is a comma");
                    return;
                }

                amount[i - s] = c == (byte)',' ? (byte)'.' : c;
            }

            UrlMoney.Read(amount, 0, amount.Length, "amount", f, r);
        }
    }
}
