namespace GlassesFirmware.Payload.Money
{
    /// <summary>
    /// ISO 4217 currencies in use (2026; BGN, CUC and SLL kept through their withdrawal periods; no
    /// precious metals, fund or test codes): numeric code to alphabetic code and minor-unit exponent.
    /// </summary>
    public static class CurrencyTable
    {
        // Fixed-width entries "NNNAAAE" sorted by numeric code: one string instead of 167 objects on the
        // device heap, and a binary search that allocates nothing.
        private const int EntryWidth = 7;

        private const string Entries =
            "008ALL2012DZD2032ARS2036AUD2044BSD2048BHD3050BDT2051AMD2052BBD2060BMD2" +
            "064BTN2068BOB2072BWP2084BZD2090SBD2096BND2104MMK2108BIF0116KHR2124CAD2" +
            "132CVE2136KYD2144LKR2152CLP0156CNY2170COP2174KMF0188CRC2192CUP2203CZK2" +
            "208DKK2214DOP2222SVC2230ETB2232ERN2238FKP2242FJD2262DJF0270GMD2292GIP2" +
            "320GTQ2324GNF0328GYD2332HTG2340HNL2344HKD2348HUF2352ISK0356INR2360IDR2" +
            "364IRR2368IQD3376ILS2388JMD2392JPY0398KZT2400JOD3404KES2408KPW2410KRW0" +
            "414KWD3417KGS2418LAK2422LBP2426LSL2430LRD2434LYD3446MOP2454MWK2458MYR2" +
            "462MVR2480MUR2484MXN2496MNT2498MDL2504MAD2512OMR3516NAD2524NPR2532XCG2" +
            "533AWG2548VUV0554NZD2558NIO2566NGN2578NOK2586PKR2590PAB2598PGK2600PYG0" +
            "604PEN2608PHP2634QAR2643RUB2646RWF0654SHP2682SAR2690SCR2694SLL2702SGD2" +
            "704VND0706SOS2710ZAR2728SSP2748SZL2752SEK2756CHF2760SYP2764THB2776TOP2" +
            "780TTD2784AED2788TND3800UGX0807MKD2818EGP2826GBP2834TZS2840USD2858UYU2" +
            "860UZS2882WST2886YER2901TWD2924ZWG2925SLE2926VED2927UYW4928VES2929MRU2" +
            "930STN2931CUC2933BYN2934TMT2936GHS2938SDG2940UYI0941RSD2943MZN2944AZN2" +
            "946RON2947CHE2948CHW2949TRY2950XAF0951XCD2952XOF0953XPF0967ZMW2968SRD2" +
            "969MGA2970COU2971AFN2972TJS2973AOA2975BGN2976CDF2977BAM2978EUR2979MXV2" +
            "980UAH2981GEL2984BOV2985PLN2986BRL2990CLF4997USN2";

        /// <summary>Number of currencies in the table.</summary>
        public static int Count
        {
            get { return Entries.Length / EntryWidth; }
        }

        /// <summary>Index of the currency with this ISO 4217 numeric code, or -1.</summary>
        public static int Find(int numeric)
        {
            int lo = 0;
            int hi = Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                int code = NumericAt(mid);
                if (code == numeric) return mid;
                if (code < numeric) lo = mid + 1;
                else hi = mid - 1;
            }

            return -1;
        }

        /// <summary>
        /// Index of the currency whose alphabetic code is [start, end) (three ASCII letters, any case), or -1.
        /// Alphabetic codes come from URL and bank-transfer codes (UPI cu=, a PayPal.me amount, SPD CC). One native IndexOf instead of
        /// a walk with Entries[i], which costs O(i) on the device's UTF-8 strings; three letters can only match an
        /// entry's alphabetic field, since digits surround it.
        /// </summary>
        public static int FindAlpha(byte[] b, int start, int end)
        {
            if (end - start != 3) return -1;
            char[] code = new char[3];
            for (int i = 0; i < 3; i++)
            {
                int c = Ascii.Upper(b[start + i]);
                if (c < 'A' || c > 'Z') return -1;
                code[i] = (char)c;
            }

            int p = Entries.IndexOf(new string(code));
            return p >= 0 && p % EntryWidth == 3 ? p / EntryWidth : -1;
        }

        /// <summary>ISO 4217 numeric code of the alphabetic code at [start, end) ("CZK" gives 203), or -1 (<see cref="FindAlpha"/>).</summary>
        public static int NumericOfAlpha(byte[] b, int start, int end)
        {
            int index = FindAlpha(b, start, end);
            return index < 0 ? -1 : NumericAt(index);
        }

        /// <summary>Numeric code of the entry at <paramref name="index"/>.</summary>
        public static int NumericAt(int index)
        {
            int p = index * EntryWidth;
            return (Entries[p] - '0') * 100 + (Entries[p + 1] - '0') * 10 + (Entries[p + 2] - '0');
        }

        /// <summary>Alphabetic code ("JPY") of the entry at <paramref name="index"/>.</summary>
        public static string AlphaAt(int index)
        {
            return Entries.Substring(index * EntryWidth + 3, 3);
        }

        /// <summary>Minor-unit exponent (0..4) of the entry at <paramref name="index"/>.</summary>
        public static int ExponentAt(int index)
        {
            return Entries[index * EntryWidth + 6] - '0';
        }
    }
}
