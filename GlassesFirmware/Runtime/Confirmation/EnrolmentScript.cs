namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// What the wearer says at voice enrolment, one phrase a sample (docs/protocol.md 6.2): "confirm", "cancel", their
    /// long forms and sixteen amounts in the wallet's three spoken styles, so that every number word of a spoken
    /// amount is said at least once and every "teen" and "ty" (the words recognizers confuse most) once or twice. The
    /// wallet hears which phrase a sample says and adapts its recognizer to the wearer's voice with it. English words,
    /// whatever the readback language: they are what the wallet's recognizer knows.
    /// </summary>
    public static class EnrolmentScript
    {
        /// <summary>The phrases in the order the glasses prompt them. None is an amount the tests pay.</summary>
        public static readonly string[] Phrases =
        {
            "confirm",
            "cancel",
            "confirm payment",
            "cancel payment",
            "nineteen dollars and eighty two cents",
            "seventeen forty",
            "sixty three point one five",
            "fourteen oh nine",
            "fifty six dollars and thirteen cents",
            "sixteen seventy",
            "twenty eight point zero four",
            "twelve ninety",
            "one hundred ten dollars and eighteen cents",
            "thirty seven fifteen",
            "eleven fifty",
            "ninety dollars and seventeen cents",
            "seventy thirteen",
            "eighteen sixty",
            "forty dollars and sixteen cents",
            "eighty point one four",
        };

        /// <summary>
        /// Marks <paramref name="sampleId"/> (the enrolment sample's random id, protocol.md 6.2 key 3) as the answer to
        /// phrase <paramref name="phrase"/>: its first byte becomes the phrase's index, so the wallet knows what was
        /// said without hearing it (a recognizer would hear some voices' "confirm" as "cancel" and learn it wrong).
        /// </summary>
        public static void Mark(byte[] sampleId, int phrase)
        {
            sampleId[0] = (byte)phrase;
        }

        /// <summary>The phrase an enrolment sample with <paramref name="sampleId"/> answers, or null when its first byte names none.</summary>
        public static string PhraseOf(byte[] sampleId)
        {
            if (sampleId == null || sampleId.Length == 0 || sampleId[0] >= Phrases.Length)
            {
                return null;
            }

            return Phrases[sampleId[0]];
        }
    }
}
