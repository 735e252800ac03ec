using GlassesFirmware.Payload.Money;
using GlassesFirmware.Text;

namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// Rules the bank-transfer codes (EPC069-12, Swiss QR-bill, SPD) share: reading a field as text, the account
    /// (IBAN) and creditor-reference checks with their findings, and the amount rules of a credit transfer (at
    /// most two decimals, 0.01 up to a format's maximum), so each format states only what differs.
    /// </summary>
    internal static class BankFields
    {
        /// <summary>ISO 4217 numeric code of the euro.</summary>
        public const int Euro = 978;

        /// <summary>ISO 4217 numeric code of the Swiss franc.</summary>
        public const int SwissFranc = 756;

        /// <summary>
        /// The text of [s, e): UTF-8 when <paramref name="utf8"/>, else ISO 8859-1 byte for character (the only
        /// single-byte set whose bytes are their code points; EPC069-12 allows it and other ISO 8859 parts).
        /// </summary>
        public static string Text(byte[] b, int s, int e, bool utf8)
        {
            if (utf8) return Utf8.GetString(b, s, e);
            char[] chars = new char[e - s];
            for (int i = s; i < e; i++) chars[i - s] = (char)b[i];
            return new string(chars);
        }

        /// <summary>Characters in [s, e): code points when <paramref name="utf8"/>, else bytes.</summary>
        public static int Chars(byte[] b, int s, int e, bool utf8)
        {
            return utf8 ? Utf8.CountChars(b, s, e) : e - s;
        }

        /// <summary>Sets the intent's currency from its ISO 4217 numeric code (which must be in the table).</summary>
        public static void SetCurrency(PaymentIntent r, int numeric)
        {
            int c = CurrencyTable.Find(numeric);
            r.CurrencyNumeric = numeric;
            r.CurrencyAlpha = CurrencyTable.AlphaAt(c);
            r.Exponent = CurrencyTable.ExponentAt(c);
        }

        /// <summary>
        /// Checks the IBAN in [s, e) (missing, malformed, or failing MOD 97-10: all errors, since a misread account
        /// pays someone else), and on success stores it as the intent's account and its country.
        /// </summary>
        public static bool CheckIban(byte[] b, int s, int e, string tag, FindingList f, PaymentIntent r)
        {
            if (e == s)
            {
                f.Error(FindingCode.FieldMissing, tag, "no IBAN: nothing to pay to");
                return false;
            }

            IbanStatus status = Iban.Check(b, s, e);
            if (status == IbanStatus.Format)
            {
                f.Error(FindingCode.IbanFormat, tag, "'" + Utf8.GetString(b, s, e, 40) + "' is not an IBAN (country, check digits, letters and digits, its country's length)");
                return false;
            }

            if (status == IbanStatus.Checksum)
            {
                f.Error(FindingCode.IbanChecksum, tag, "IBAN check digits do not match (MOD 97-10): misread or mistyped");
                return false;
            }

            r.PayeeDetails.Account = Utf8.GetString(b, s, e);
            r.PayeeDetails.Country = r.PayeeDetails.Account.Substring(0, 2);
            return true;
        }

        /// <summary>Checks an ISO 11649 creditor reference in [s, e): a bad check is an error, a bad form is an error.</summary>
        public static void CheckCreditorReference(byte[] b, int s, int e, string tag, FindingList f)
        {
            IbanStatus status = CreditorReference.Check(b, s, e);
            if (status == IbanStatus.Format)
            {
                f.Error(FindingCode.ReferenceFormat, tag, "creditor reference is not ISO 11649 (RF, two check digits, 1-21 letters or digits)");
            }
            else if (status == IbanStatus.Checksum)
            {
                f.Error(FindingCode.ReferenceChecksum, tag, "creditor reference check digits do not match (ISO 11649, MOD 97-10)");
            }
        }

        /// <summary>
        /// Reads a credit-transfer amount in [s, e) into the intent (currency already set): digits with at most one
        /// point and two decimals, at most <paramref name="maxLength"/> characters, 0.01 to <paramref name="maxMinor"/>
        /// minor units. Zero is relaxed (no amount under the device policy); anything else wrong is an error.
        /// </summary>
        public static void ReadAmount(byte[] b, int s, int e, int maxLength, long maxMinor, string tag, FindingList f, PaymentIntent r)
        {
            long minor = 0;
            int decimals = 0;
            AmountStatus status = e - s > maxLength ? AmountStatus.Malformed : Amount.Parse(b, s, e, 2, out minor, out decimals);
            if (status == AmountStatus.Zero)
            {
                f.Relaxed(FindingCode.AmountZero, tag, "amount is zero", "treated as no amount");
            }
            else if (status != AmountStatus.Ok || decimals > 2)
            {
                f.Error(FindingCode.AmountFormat, tag, "amount '" + Utf8.GetString(b, s, e, 20) + "' is not 0.01 or more with at most two decimals in " + maxLength + " characters");
            }
            else if (minor > maxMinor)
            {
                f.Error(FindingCode.AmountFormat, tag, "amount is above the format's maximum");
            }
            else
            {
                r.HasAmount = true;
                r.AmountMinor = minor;
                r.Charges.HasTotal = true;
                r.Charges.TotalMinor = minor;
            }
        }

        /// <summary>A field longer than its format allows: an error under the strict policy, read as written by the device.</summary>
        public static void CheckLength(byte[] b, int s, int e, bool utf8, int max, string tag, FindingList f)
        {
            if (Chars(b, s, e, utf8) > max) f.Relaxed(FindingCode.FieldTooLong, tag, tag + " is longer than " + max + " characters", "read as written");
        }
    }
}
