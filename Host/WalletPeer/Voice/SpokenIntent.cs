using System;
using System.Collections.Generic;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>What the wearer meant by an utterance.</summary>
    public enum IntentKind
    {
        /// <summary>Nothing the wallet can act on: silence, noise, other words.</summary>
        None = 0,
        /// <summary>"confirm".</summary>
        Confirm = 1,
        /// <summary>"cancel".</summary>
        Cancel = 2,
        /// <summary>An amount ("twelve fifty", "four dollars eighty", "nine point nine five").</summary>
        Amount = 3,
    }

    /// <summary>
    /// The words the reference wallet listens for, as a JSGF grammar for <see cref="PocketSphinx"/>, and the
    /// reading of a recognized word string as an intent. The grammar also holds common words that mean
    /// neither, so an utterance of another intent ends there instead of being forced onto "confirm".
    /// Amounts are spoken in major units with optional cents: "twelve fifty", "twelve dollars and fifty cents",
    /// "twelve point five zero", "four eighty", "three hundred five", "seven dollars".
    /// </summary>
    public static class SpokenIntent
    {
        private static readonly string[] Ones = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
        private static readonly string[] Teens = { "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
        private static readonly string[] Tens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

        // Every word of the grammar's <amount> rule.
        private static readonly string[] AmountWords =
        {
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "point", "oh", "dollars", "dollar", "and", "cents",
        };

        /// <summary>The phrases that cancel, as <see cref="Grammar"/> has them.</summary>
        public static readonly string[] CancelPhrases = { "cancel", "cancel payment", "cancel it" };

        // The rules both grammars share.
        private const string ConfirmRule = "<confirm> = confirm | i confirm | confirm payment;";
        private static readonly string CancelRule = "<cancel> = " + string.Join(" | ", CancelPhrases) + ";";
        private const string OtherRule = "<other> = yes | no | okay | hello | please | thank you | wait | stop | later | maybe | sorry | not now | never mind;";

        /// <summary>The grammar: confirm, cancel, an amount, or one of the other words.</summary>
        public static readonly string Grammar = string.Join("\n",
            "#JSGF V1.0;",
            "grammar wallet;",
            "public <utterance> = <confirm> | <cancel> | <amount> | <other>;",
            ConfirmRule,
            CancelRule,
            "<amount> = <whole> [dollars | dollar] [[and] <cents> [cents]] | <whole> point <digit> <digit>;",
            "<whole> = <below100> | <digit> hundred [[and] <below100>];",
            "<cents> = <below100> | oh <digit>;",
            "<below100> = <digit> | " + string.Join(" | ", Teens) + " | <tens> [<unit>];",
            "<unit> = one | two | three | four | five | six | seven | eight | nine;",
            "<tens> = twenty | thirty | forty | fifty | sixty | seventy | eighty | ninety;",
            "<digit> = zero | one | two | three | four | five | six | seven | eight | nine;",
            OtherRule);

        /// <summary>
        /// The grammar a confirmation is heard with when <paramref name="amountDue"/> is due: confirm, cancel, the other
        /// words, the amount due as a wearer says it (<see cref="Say"/>'s styles) and, so that another amount is not
        /// forced onto it, every amount one word away from those phrases (<see cref="Neighbours"/>). Other number strings
        /// are not in it: "cancel" in room noise is not heard as "nineteen" or "one twelve".
        /// </summary>
        public static string ConfirmationGrammar(long amountDue)
        {
            var phrases = new SortedSet<string>(StringComparer.Ordinal);
            for (int style = 0; style < 3; style++)
            {
                string due = Say(amountDue, style);
                phrases.Add(due);
                phrases.UnionWith(Neighbours(due, amountDue));
            }

            return string.Join("\n",
                "#JSGF V1.0;",
                "grammar confirmation;",
                "public <utterance> = <confirm> | <cancel> | <amount> | <other>;",
                ConfirmRule,
                CancelRule,
                "<amount> = " + string.Join(" | ", phrases) + ";",
                OtherRule);
        }

        /// <summary>Reads <paramref name="words"/> (the recognizer's hypothesis); <paramref name="amountMinor"/> is set for <see cref="IntentKind.Amount"/>, else -1.</summary>
        public static IntentKind Read(string words, out long amountMinor)
        {
            amountMinor = -1;
            string[] w = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (Array.IndexOf(w, "confirm") >= 0)
            {
                return IntentKind.Confirm;
            }

            if (Array.IndexOf(w, "cancel") >= 0)
            {
                return IntentKind.Cancel;
            }

            amountMinor = Amount(w);
            return amountMinor >= 0 ? IntentKind.Amount : IntentKind.None;
        }

        /// <summary>
        /// The phrases one word away from <paramref name="words"/> (a word of the amount vocabulary put in place of one,
        /// inserted before one or after the last, or one left out) that read as an amount other than <paramref name="amountMinor"/>:
        /// what the wallet weighs an amount heard as the amount due against before it confirms.
        /// </summary>
        public static List<string> Neighbours(string words, long amountMinor)
        {
            string[] w = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var found = new SortedSet<string>(StringComparer.Ordinal);
            void Consider(IEnumerable<string> phrase)
            {
                string text = string.Join(" ", phrase);
                IntentKind intent = Read(text, out long amount);
                if (intent == IntentKind.Amount && amount != amountMinor)
                {
                    found.Add(text);
                }
            }

            for (int i = 0; i <= w.Length; i++)
            {
                foreach (string v in AmountWords)
                {
                    var inserted = new List<string>(w);
                    inserted.Insert(i, v);
                    Consider(inserted);
                    if (i < w.Length)
                    {
                        string[] replaced = (string[])w.Clone();
                        replaced[i] = v;
                        Consider(replaced);
                    }
                }

                if (i < w.Length)
                {
                    var left = new List<string>(w);
                    left.RemoveAt(i);
                    Consider(left);
                }
            }

            return new List<string>(found);
        }

        /// <summary>How a person would say <paramref name="amountMinor"/> in one of a few styles (<paramref name="style"/> 0 to 2), for test speech.</summary>
        public static string Say(long amountMinor, int style)
        {
            long whole = amountMinor / 100;
            int cents = (int)(amountMinor % 100);
            string w = Number((int)whole);
            if (cents == 0)
            {
                return w + " dollars";
            }

            return style switch
            {
                0 => w + " " + (cents < 10 ? "oh " + Ones[cents] : Number(cents)),
                1 => w + " dollars and " + Number(cents) + " cents",
                _ => w + " point " + Ones[cents / 10] + " " + Ones[cents % 10],
            };
        }

        private static string Number(int n)
        {
            if (n >= 100)
            {
                return Ones[n / 100] + " hundred" + (n % 100 == 0 ? string.Empty : " " + Number(n % 100));
            }

            if (n < 10)
            {
                return Ones[n];
            }

            if (n < 20)
            {
                return Teens[n - 10];
            }

            return Tens[n / 10] + (n % 10 == 0 ? string.Empty : " " + Ones[n % 10]);
        }

        // The amount the grammar's <amount> rule spelled, or -1 when the words are not one.
        private static long Amount(string[] words)
        {
            var w = new List<string>(words);
            w.RemoveAll(x => x == "and" || x == "cents" || x == "dollar");
            int i = 0;
            int whole = Below1000(w, ref i);
            if (whole < 0)
            {
                return -1;
            }

            if (i < w.Count && w[i] == "dollars")
            {
                i++;
            }

            int cents = 0;
            if (i < w.Count && w[i] == "point")
            {
                if (i + 3 != w.Count || Digit(w[i + 1]) < 0 || Digit(w[i + 2]) < 0)
                {
                    return -1;
                }

                return whole * 100L + Digit(w[i + 1]) * 10 + Digit(w[i + 2]);
            }

            if (i < w.Count && w[i] == "oh")
            {
                cents = i + 2 == w.Count ? Digit(w[i + 1]) : -1;
                i += 2;
            }
            else if (i < w.Count)
            {
                cents = Below100(w, ref i);
            }

            return cents < 0 || i != w.Count ? -1 : whole * 100L + cents;
        }

        private static int Below1000(List<string> w, ref int i)
        {
            if (i + 1 < w.Count && w[i + 1] == "hundred" && Digit(w[i]) > 0)
            {
                int hundreds = Digit(w[i]) * 100;
                i += 2;
                int at = i;
                int rest = i < w.Count ? Below100(w, ref i) : -1;
                if (rest < 0)
                {
                    i = at;
                    rest = 0;
                }

                return hundreds + rest;
            }

            return Below100(w, ref i);
        }

        private static int Below100(List<string> w, ref int i)
        {
            if (i >= w.Count)
            {
                return -1;
            }

            int teen = Array.IndexOf(Teens, w[i]);
            if (teen >= 0)
            {
                i++;
                return 10 + teen;
            }

            int tens = Array.IndexOf(Tens, w[i]);
            if (tens >= 2)
            {
                i++;
                int unit = i < w.Count ? Digit(w[i]) : -1;
                if (unit > 0)
                {
                    i++;
                    return tens * 10 + unit;
                }

                return tens * 10;
            }

            int digit = Digit(w[i]);
            if (digit >= 0)
            {
                i++;
            }

            return digit;
        }

        private static int Digit(string word) => Array.IndexOf(Ones, word);
    }
}
