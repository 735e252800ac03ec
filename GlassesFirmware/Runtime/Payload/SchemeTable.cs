namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Payment schemes known by the GUID (sub-ID 00) of a Merchant Account Information template, with
    /// the country a national scheme belongs to (the 58-versus-scheme check) and the networks that
    /// EMVCo assigns to the primitive IDs 02-25.
    /// </summary>
    public static class SchemeTable
    {
        private const byte Prefix = 1;     // GUID is an AID prefix (RID or RID+PIX): longer AIDs match
        private const byte PayeeByLookup = 2; // person-to-person scheme: the code carries no payee name
        private const byte Umbrella = 4;   // national umbrella marker; name it only if nothing else is known

        // First match wins, so exact AIDs come before their RID prefix.
        private static readonly string[] Guids =
        {
            "A000000677010111", "A000000677", "SG.PAYNOW", "SG.SGQR", "SG.COM.NETS", "SG.COM.DASH.WWW",
            "SG.COM.EZLINK", "A000000615", "ID.CO.QRIS.WWW", "A000000727", "BR.GOV.BCB.PIX", "HK.COM.HKICL",
            "A000000524", "COM.P2PQRPAY", "PH.PPMI.P2M", "COM.PAYMAYA", "COM.ALIPAY", "COM.QQ.WEIXIN.PAY",
            "COM.GRAB", "COM.MYFAVE", "A000000333", "A000000003", "A000000004", "A000000025", "A000000065",
            "A000000152",
        };

        private static readonly string[] Names =
        {
            "PromptPay", "PromptPay", "PayNow", "SGQR", "NETS", "Singtel Dash",
            "EZ-Link", "DuitNow", "QRIS", "VietQR", "Pix", "FPS",
            "UPI", "QR Ph", "QR Ph", "Maya", "Alipay", "WeChat Pay",
            "GrabPay", "FavePay", "UnionPay", "Visa", "Mastercard", "American Express", "JCB",
            "Discover",
        };

        private static readonly string[] Countries =
        {
            "TH", "TH", "SG", "SG", "SG", "SG",
            "SG", "MY", "ID", "VN", "BR", "HK",
            "IN", "PH", "PH", "PH", null, null,
            null, null, null, null, null, null, null,
            null,
        };

        private static readonly byte[] Flags =
        {
            PayeeByLookup, Prefix, 0, Umbrella, 0, 0,
            0, Prefix, Umbrella, Prefix | PayeeByLookup, 0, 0,
            Prefix, 0, 0, 0, 0, 0,
            0, 0, Prefix, Prefix, Prefix, Prefix, Prefix,
            Prefix,
        };

        /// <summary>Index returned for a Bakong account ID ("name@bank") used as GUID by KHQR in 29/30.</summary>
        public const int Khqr = -2;

        /// <summary>
        /// Finds the scheme of a template GUID in [start, end) of template <paramref name="templateId"/>
        /// (case-insensitive). Returns a table index, <see cref="Khqr"/>, or -1 when unknown.
        /// </summary>
        public static int Find(byte[] b, int start, int end, int templateId)
        {
            for (int i = 0; i < Guids.Length; i++)
            {
                bool match = (Flags[i] & Prefix) != 0
                    ? Ascii.StartsWithIgnoreCase(b, start, end, Guids[i])
                    : Ascii.EqualsIgnoreCase(b, start, end, Guids[i]);
                if (match) return i;
            }

            // KHQR puts the Bakong account ID ("account@bank") where the GUID belongs (IDs 29 and 30).
            if (templateId == 29 || templateId == 30)
            {
                for (int i = start + 1; i < end - 1; i++)
                {
                    if (b[i] == (byte)'@') return Khqr;
                }
            }

            return -1;
        }

        /// <summary>Display name of a scheme index from <see cref="Find"/>.</summary>
        public static string Name(int index)
        {
            return index == Khqr ? "KHQR" : Names[index];
        }

        /// <summary>ISO 3166 alpha-2 country of a national scheme, or null for international ones.</summary>
        public static string Country(int index)
        {
            return index == Khqr ? "KH" : Countries[index];
        }

        /// <summary>True for person-to-person schemes whose codes carry no payee name or MCC (PromptPay, VietQR).</summary>
        public static bool PayeeNeedsLookup(int index)
        {
            return index != Khqr && (Flags[index] & PayeeByLookup) != 0;
        }

        /// <summary>True for national umbrella markers (SGQR, QRIS) that are named only when nothing else is known.</summary>
        public static bool IsUmbrella(int index)
        {
            return index != Khqr && (Flags[index] & Umbrella) != 0;
        }

        /// <summary>Network that EMVCo assigns to a primitive Merchant Account Information ID (02-25).</summary>
        public static string PrimitiveNetwork(int id)
        {
            if (id == 2 || id == 3) return "Visa";
            if (id == 4 || id == 5) return "Mastercard";
            if (id == 9 || id == 10) return "Discover";
            if (id == 11 || id == 12) return "American Express";
            if (id == 13 || id == 14) return "JCB";
            if (id == 15 || id == 16) return "UnionPay";
            return "EMVCo-reserved network";
        }
    }
}
