namespace GlassesFirmware.Payload.Readback
{
    /// <summary>The readback tables the firmware ships; the first is the fallback.</summary>
    public static class ReadbackLanguages
    {
        private static readonly ReadbackLanguage[] Tables = { EnglishReadback.Create(), ChineseReadback.Create() };

        /// <summary>Table for an ISO 639-1 code (case-insensitive), or English when there is none.</summary>
        public static ReadbackLanguage Find(string code)
        {
            string wanted = code == null ? "" : code.ToLower();
            for (int i = 0; i < Tables.Length; i++)
            {
                if (Tables[i].Code == wanted) return Tables[i];
            }

            return Tables[0];
        }

        /// <summary>True when a table exists for the code.</summary>
        public static bool IsSupported(string code)
        {
            return code != null && Find(code).Code == code.ToLower();
        }
    }
}
