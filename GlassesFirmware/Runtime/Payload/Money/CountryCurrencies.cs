namespace GlassesFirmware.Payload.Money
{
    /// <summary>
    /// Which ISO 4217 currencies a merchant in an ISO 3166 country may ask for: the country's own,
    /// plus a second currency in common legal use (USD in Cambodia, Panama, Timor-Leste and Zimbabwe;
    /// HKD in Macao; SGD in Brunei; INR in Bhutan; ZAR in the Rand area; EUR in Bulgaria from 2026).
    /// A code whose 53 is none of them is suspicious: a wrong currency changes what the wearer pays.
    /// Countries not listed are not judged.
    /// </summary>
    public static class CountryCurrencies
    {
        // Fixed-width entries "CCNNN" (country, numeric currency) sorted by country; one string instead of
        // 200 objects on the device heap.
        private const int EntryWidth = 5;

        // The most currencies one country has in the table (BG, KH, ZW, ... have two).
        private const int MaxEntries = 2;

        private const string Entries =
            "AD978AE784AF971AG951AI951AL008AM051AO973AR032AT978AU036AW533AX978AZ944BA977BB052BD050BE978" +
            "BF952BG975BG978BH048BI108BJ952BL978BM060BN096BN702BO068BR986BS044BT064BT356BW072BY933BZ084" +
            "CA124CD976CF950CG950CH756CI952CL152CM950CN156CO170CR188CU192CV132CW532CY978CZ203DE978DJ262" +
            "DK208DM951DO214DZ012EC840EE978EG818ER232ES978ET230FI978FJ242FR978GA950GB826GD951GE981GF978" +
            "GH936GM270GN324GP978GQ950GR978GT320GW952GY328HK344HN340HR978HT332HU348ID360IE978IL376IN356" +
            "IQ368IR364IS352IT978JM388JO400JP392KE404KG417KH116KH840KM174KN951KP408KR410KW414KY136KZ398" +
            "LA418LB422LC951LI756LK144LR430LS426LS710LT978LU978LV978LY434MA504MC978MD498ME978MF978MG969" +
            "MK807ML952MM104MN496MO446MO344MQ978MR929MS951MT978MU480MV462MW454MX484MY458MZ943NA516NA710" +
            "NC953NE952NG566NI558NL978NO578NP524NZ554OM512PA590PA840PE604PF953PG598PH608PK586PL985PM978" +
            "PR840PT978PY600QA634RE978RO946RS941RU643RW646SA682SB090SC690SD938SE752SG702SI978SK978SL925" +
            "SL694SM978SN952SO706SR968SS728ST930SV840SX532SY760SZ748SZ710TD950TG952TH764TJ972TL840TM934" +
            "TN788TO776TR949TT780TW901TZ834UA980UG800US840UY858UZ860VA978VC951VE928VE926VN704VU548WF953" +
            "WS882YE886YT978ZA710ZM967ZW924ZW840";

        /// <summary>True when the table lists currencies for this alpha-2 country (upper case).</summary>
        public static bool Knows(string country)
        {
            return First(country) >= 0;
        }

        /// <summary>True when <paramref name="numeric"/> is a currency of <paramref name="country"/> (upper case).</summary>
        public static bool Uses(string country, int numeric)
        {
            int p = First(country);
            if (p < 0) return false;
            // A country has at most MaxEntries entries, one after the other: copy them out once, because Entries[i]
            // costs O(i) on the device's UTF-8 strings.
            int length = MaxEntries * EntryWidth;
            if (length > Entries.Length - p) length = Entries.Length - p;
            char[] run = Entries.Substring(p, length).ToCharArray();
            for (int q = 0; q < run.Length && run[q] == run[0] && run[q + 1] == run[1]; q += EntryWidth)
            {
                int code = (run[q + 2] - '0') * 100 + (run[q + 3] - '0') * 10 + (run[q + 4] - '0');
                if (code == numeric) return true;
            }

            return false;
        }

        /// <summary>Character position of the country's first entry, or -1.</summary>
        private static int First(string country)
        {
            if (country == null || country.Length != 2) return -1;
            // One native search; two letters can only match an entry's country field, since digits surround it.
            int p = Entries.IndexOf(country);
            return p >= 0 && p % EntryWidth == 0 ? p : -1;
        }
    }
}
