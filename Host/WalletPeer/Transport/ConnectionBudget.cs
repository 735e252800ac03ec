using System.Collections.Generic;
using System.Net;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// Counts the open connections of one listener, in all and per remote address, and refuses one over either cap,
    /// so that one client (or a few) cannot take every connection the wallet is willing to hold.
    /// </summary>
    public sealed class ConnectionBudget
    {
        private readonly object _lock = new object();
        private readonly Dictionary<IPAddress, int> _perAddress = new Dictionary<IPAddress, int>();
        private readonly int _max;
        private readonly int _maxPerAddress;
        private int _open;

        /// <summary>A budget of <paramref name="max"/> connections, <paramref name="maxPerAddress"/> per address.</summary>
        public ConnectionBudget(int max, int maxPerAddress)
        {
            _max = max;
            _maxPerAddress = maxPerAddress;
        }

        /// <summary>Connections open now.</summary>
        public int Open
        {
            get
            {
                lock (_lock)
                {
                    return _open;
                }
            }
        }

        /// <summary>Takes a place for a connection from <paramref name="address"/>; false when a cap is reached.</summary>
        public bool TryEnter(IPAddress address)
        {
            lock (_lock)
            {
                _perAddress.TryGetValue(address, out int held);
                if (_open >= _max || held >= _maxPerAddress)
                {
                    return false;
                }

                _open++;
                _perAddress[address] = held + 1;
                return true;
            }
        }

        /// <summary>Gives back the place of a closed connection from <paramref name="address"/>.</summary>
        public void Leave(IPAddress address)
        {
            lock (_lock)
            {
                _open--;
                int held = _perAddress[address] - 1;
                if (held == 0)
                {
                    _perAddress.Remove(address);
                }
                else
                {
                    _perAddress[address] = held;
                }
            }
        }
    }
}
