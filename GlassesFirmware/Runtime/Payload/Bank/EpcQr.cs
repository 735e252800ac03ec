using GlassesFirmware.Text;

namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// EPC069-12 (European Payments Council, "Quick Response Code: guidelines to enable data capture for the
    /// initiation of a SEPA credit transfer", the GiroCode): up to 12 lines, "BCD", version 001 or 002, character
    /// set 1-8, "SCT" (or "INST" for SCT Inst, version 3.0 of the guidelines), BIC (required in 001, optional in 002), beneficiary name, IBAN, "EUR" amount, purpose,
    /// structured creditor reference (ISO 11649) or unstructured remittance text, and a note to the payer.
    /// </summary>
    internal static class EpcQr
    {
        /// <summary>Scheme name of the intent.</summary>
        public const string Scheme = "SEPA credit transfer";

        /// <summary>Lines of a version 001/002 code.</summary>
        public const int MaxLines = 12;

        /// <summary>Largest payload EPC069-12 allows, in bytes.</summary>
        public const int MaxBytes = 331;

        private const int Version = 1;
        private const int Charset = 2;
        private const int Identification = 3;
        private const int BicLine = 4;
        private const int Name = 5;
        private const int IbanLine = 6;
        private const int AmountLine = 7;
        private const int Purpose = 8;
        private const int Structured = 9;
        private const int Unstructured = 10;
        private const int Information = 11;

        /// <summary>True when the payload starts with the service tag "BCD" and a line break.</summary>
        public static bool Matches(byte[] b, int s, int e)
        {
            return Ascii.StartsWith(b, s, e, "BCD\n") || Ascii.StartsWith(b, s, e, "BCD\r\n");
        }

        /// <summary>Validates the code in [s, e) (already split into <paramref name="lines"/>) into the intent.</summary>
        public static void Analyze(byte[] b, int s, int e, bool validUtf8, LineTable lines, FindingList f, PaymentIntent r)
        {
            r.Kind = PayloadKind.EpcQr;
            r.Scheme = Scheme;
            BankFields.SetCurrency(r, BankFields.Euro);
            if (e - s > MaxBytes) f.Warning(FindingCode.PayloadTooLong, null, "EPC069-12 code longer than " + MaxBytes + " bytes");
            if (lines.Overflow || lines.Count > MaxLines)
            {
                f.Relaxed(FindingCode.PayloadStructure, "lines", "more than " + MaxLines + " lines", "lines after the 12th ignored");
            }

            bool v002 = lines.Is(b, Version, "002");
            if (!v002 && !lines.Is(b, Version, "001"))
            {
                f.Error(FindingCode.FormatIndicatorInvalid, "version", "EPC069-12 version is not 001 or 002");
            }

            bool utf8 = CheckCharset(b, lines, validUtf8, f);
            // Version 3.0 of the guidelines (2022) adds INST, a request to pay by SEPA Instant Credit Transfer.
            if (!lines.Is(b, Identification, "SCT") && !lines.Is(b, Identification, "INST"))
            {
                f.Error(FindingCode.FieldFormat, "identification", "identification code is not SCT (SEPA credit transfer) or INST (SCT Inst)");
            }

            CheckBic(b, lines, v002, f);
            CheckName(b, lines, utf8, f, r);
            BankFields.CheckIban(b, lines.Start(IbanLine), lines.End(IbanLine), "iban", f, r);
            CheckAmount(b, lines, f, r);
            CheckRemittance(b, lines, utf8, f, r);
        }

        /// <summary>
        /// Line 3 names the character set (1 UTF-8, 2-8 ISO 8859 parts). Text is read as UTF-8 when the bytes are
        /// UTF-8, whatever the line says (decoders often re-encode), else as ISO 8859-1; a mismatch only warns.
        /// </summary>
        private static bool CheckCharset(byte[] b, LineTable lines, bool validUtf8, FindingList f)
        {
            int set = lines.Length(Charset) == 1 ? b[lines.Start(Charset)] - '0' : -1;
            if (set < 1 || set > 8)
            {
                f.Error(FindingCode.FieldFormat, "charset", "character set is not 1-8");
                return validUtf8;
            }

            if (set == 1 && !validUtf8)
            {
                f.Error(FindingCode.PayloadUtf8Invalid, "charset", "character set 1 (UTF-8), but the bytes are not UTF-8");
            }
            else if (set > 2 && !validUtf8)
            {
                f.Warning(FindingCode.FieldCharset, "charset", "ISO 8859 part other than 1: letters outside ASCII are read as ISO 8859-1");
            }

            return validUtf8;
        }

        private static void CheckBic(byte[] b, LineTable lines, bool v002, FindingList f)
        {
            if (!lines.Has(BicLine))
            {
                if (!v002) f.Relaxed(FindingCode.FieldMissing, "bic", "version 001 requires the BIC", "the bank derives it from the IBAN inside the EEA");
                return;
            }

            if (!Bic.IsWellFormed(b, lines.Start(BicLine), lines.End(BicLine)))
            {
                f.Error(FindingCode.BicFormat, "bic", "BIC is not 8 or 11 characters of the ISO 9362 form");
            }
        }

        private static void CheckName(byte[] b, LineTable lines, bool utf8, FindingList f, PaymentIntent r)
        {
            int s = lines.Start(Name);
            int e = lines.End(Name);
            if (e == s)
            {
                f.Error(FindingCode.FieldMissing, "name", "no beneficiary name");
                return;
            }

            BankFields.CheckLength(b, s, e, utf8, 70, "name", f);
            r.Payee = BankFields.Text(b, s, e, utf8);
            r.PayeeSource = PayeeSource.AccountHolder;
        }

        private static void CheckAmount(byte[] b, LineTable lines, FindingList f, PaymentIntent r)
        {
            int s = lines.Start(AmountLine);
            int e = lines.End(AmountLine);
            r.AmountNeeded = true;
            if (e == s) return;
            if (!Ascii.StartsWith(b, s, e, "EUR"))
            {
                bool currency = e - s > 3 && Ascii.IsLetter(b[s]) && Ascii.IsLetter(b[s + 1]) && Ascii.IsLetter(b[s + 2]);
                if (currency) f.Error(FindingCode.CurrencySchemeMismatch, "amount", "EPC069-12 pays euros only; the amount is in " + Utf8.GetString(b, s, s + 3));
                else f.Error(FindingCode.AmountFormat, "amount", "amount does not start with EUR");
                return;
            }

            BankFields.ReadAmount(b, s + 3, e, 12, 99999999999L, "amount", f, r);
            r.AmountNeeded = !r.HasAmount;
        }

        private static void CheckRemittance(byte[] b, LineTable lines, bool utf8, FindingList f, PaymentIntent r)
        {
            if (lines.Has(Purpose) && (lines.Length(Purpose) > 4 || !IsAlphanumeric(b, lines.Start(Purpose), lines.End(Purpose))))
            {
                f.Relaxed(FindingCode.FieldFormat, "purpose", "purpose is not an ISO 20022 code of up to 4 letters or digits", "ignored");
            }

            bool structured = lines.Has(Structured);
            bool text = lines.Has(Unstructured);
            if (structured && text)
            {
                f.Relaxed(FindingCode.PayloadStructure, "reference", "both a structured reference and remittance text", "the structured reference is used");
            }

            if (structured)
            {
                int s = lines.Start(Structured);
                int e = lines.End(Structured);
                if (CreditorReference.ClaimsToBe(b, s, e))
                {
                    BankFields.CheckCreditorReference(b, s, e, "reference", f);
                }
                else
                {
                    BankFields.CheckLength(b, s, e, utf8, 35, "reference", f);
                    f.Relaxed(FindingCode.ReferenceFormat, "reference", "structured reference is not ISO 11649 (RF...)", "forwarded as written");
                }

                r.PayeeDetails.Reference = BankFields.Text(b, s, e, utf8);
            }
            else if (text)
            {
                BankFields.CheckLength(b, lines.Start(Unstructured), lines.End(Unstructured), utf8, 140, "text", f);
                r.PayeeDetails.Reference = BankFields.Text(b, lines.Start(Unstructured), lines.End(Unstructured), utf8);
            }

            if (lines.Has(Information)) BankFields.CheckLength(b, lines.Start(Information), lines.End(Information), utf8, 70, "information", f);
        }

        private static bool IsAlphanumeric(byte[] b, int s, int e)
        {
            for (int i = s; i < e; i++)
            {
                if (!Ascii.IsLetter(b[i]) && (b[i] < (byte)'0' || b[i] > (byte)'9')) return false;
            }

            return true;
        }
    }
}
