using GlassesFirmware.Decision;
using GlassesFirmware.Payload;
using GlassesFirmware.Power;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The checks a payment passes before anything is stored or sent: battery and heat before arming (and heat
    /// while scanning), and for the code chosen: accepted by the payload analyzer, not a dynamic code already
    /// paid, within the amount limit, a payee name the glasses will say, and a link to the wallet.
    /// </summary>
    internal sealed class SessionGuards
    {
        private readonly IPowerMonitor _power;
        private readonly IWalletClient _wallet;
        private readonly PaymentStore _store;
        private readonly SessionSettings _settings;
        private readonly AmountLimit _limit;
        private readonly BookedReadback _booked;

        /// <summary>Guards reading <paramref name="power"/>, <paramref name="wallet"/>'s link and the paid codes in <paramref name="store"/>.</summary>
        internal SessionGuards(IPowerMonitor power, IWalletClient wallet, PaymentStore store, SessionSettings settings,
            AmountLimit limit, BookedReadback booked)
        {
            _power = power;
            _wallet = wallet;
            _store = store;
            _settings = settings;
            _limit = limit;
            _booked = booked;
        }

        /// <summary>Why a payment may not start now (battery, heat), or <see cref="SessionError.None"/>.</summary>
        internal SessionError ArmRefusal()
        {
            int battery = _power.BatteryPercent;
            if (battery != PowerReadings.Unknown && battery < _settings.Limits.MinBatteryPercent)
            {
                return SessionError.BatteryLow;
            }
            return TooHot() ? SessionError.TooHot : SessionError.None;
        }

        /// <summary>True when the chip is at or above the temperature limit (an unknown reading does not block).</summary>
        internal bool TooHot()
        {
            int t = _power.ChipTemperatureC;
            return t != PowerReadings.Unknown && t >= _settings.Limits.MaxTemperatureC;
        }

        /// <summary>Why the code analyzed as <paramref name="intent"/> may not be paid, or <see cref="SessionError.None"/>.</summary>
        internal SessionError CodeRefusal(PaymentIntent intent)
        {
            if (!intent.Accepted)
            {
                return RefusalOf(intent);
            }
            // Pay-once is keyed on what the code asks for, so a re-encoded copy (lower-case CRC) is the same code.
            if (intent.IsDynamic && _store.WasPaid(intent.ContentDigest))
            {
                return SessionError.AlreadyPaid;
            }
            if (intent.HasAmount && _limit.Exceeds(intent.Charges.HasTotal ? intent.Charges.TotalMinor : intent.AmountMinor))
            {
                return SessionError.AmountAboveLimit;
            }
            if (_booked.RefusesName(intent.Payee))
            {
                return SessionError.TextRefused;
            }
            return _wallet.IsLinkUp ? SessionError.None : SessionError.LinkDown;
        }

        /// <summary>
        /// The readback of a refused code that says what it is (a crypto-currency payment the settings refuse, a Wi-Fi
        /// network, a contact card, ...), or null when the error's own phrase says it (a link off the allow-list is
        /// "This payment link is not allowed.").
        /// </summary>
        internal static string Explanation(PaymentIntent intent)
        {
            bool named = intent.Kind == PayloadKind.CryptoUri || (intent.Kind == PayloadKind.NotPayment && intent.Content != CodeContent.None);
            return !intent.Accepted && named ? intent.Readback : null;
        }

        private static SessionError RefusalOf(PaymentIntent intent)
        {
            Finding[] findings = intent.Findings;
            for (int i = 0; i < findings.Length; i++)
            {
                if (findings[i].Severity == FindingSeverity.Error
                    && (findings[i].Code == FindingCode.UrlNotAllowed || findings[i].Code == FindingCode.UrlInsecure))
                {
                    return SessionError.UrlNotAllowed;
                }
            }
            return intent.Kind == PayloadKind.UnknownUrl ? SessionError.UrlNotAllowed : SessionError.PayloadInvalid;
        }
    }
}
