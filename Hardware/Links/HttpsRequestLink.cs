using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using GlassesFirmware.Hardware.Network;
using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Hardware.Links
{
    /// <summary>
    /// <see cref="IRequestLink"/> on nanoFramework's synchronous HttpClient, run on a worker thread so
    /// <see cref="Poll"/> never blocks: POST of the routed body to <c>{base}v1/uplink</c> with the
    /// <c>Idempotency-Key</c> header, TLS 1.2 trusting only the paired wallet's anchor certificate
    /// (<c>HttpsAuthentCert</c>; nanoFramework has no validation callback, so the anchor is the only root), an
    /// explicit per-attempt timeout (HttpClient's default is infinite) and bounded retries with jitter
    /// (<see cref="RetrySchedule"/>) on transport failures and 5xx; a 4xx ends the exchange.
    /// </summary>
    public sealed class HttpsRequestLink : IRequestLink
    {
        private readonly WifiConnection _wifi;
        private readonly RetrySchedule _retry;
        private readonly int _attemptTimeoutMs;
        private readonly Random _random = new Random();
        private readonly object _lock = new object();
        private string _endpoint;
        private byte[] _anchor;
        private RequestLinkState _state = RequestLinkState.Idle;
        private byte[] _response;

        /// <summary>POSTs over <paramref name="wifi"/> with <paramref name="attemptTimeoutMs"/> per attempt.</summary>
        public HttpsRequestLink(WifiConnection wifi, int attemptTimeoutMs, RetrySchedule retry)
        {
            _wifi = wifi;
            _attemptTimeoutMs = attemptTimeoutMs;
            _retry = retry;
        }

        /// <summary>HTTP attempts made since boot, retries included (diagnostics).</summary>
        public int Attempts { get; private set; }

        /// <inheritdoc />
        public bool IsAvailable
        {
            get { return _endpoint != null && _wifi.IsConnected; }
        }

        /// <summary>
        /// Points the link at <paramref name="baseUrl"/> (ending in '/') and trusts only
        /// <paramref name="anchorCertificate"/> (DER); null <paramref name="baseUrl"/> unconfigures it. The
        /// fingerprint is checked by the host adapter only: on the device the anchor certificate is the trust.
        /// </summary>
        public bool Configure(string baseUrl, byte[] anchorCertificate, byte[] anchorFingerprint)
        {
            lock (_lock)
            {
                if (baseUrl == null)
                {
                    _endpoint = null;
                    _anchor = null;
                    return true;
                }

                _endpoint = baseUrl.EndsWith("/") ? baseUrl + "v1/uplink" : baseUrl + "/v1/uplink";
                _anchor = anchorCertificate == null ? null : (byte[])anchorCertificate.Clone();
                return true;
            }
        }

        /// <inheritdoc />
        public bool Post(string idempotencyKey, byte[] body, int offset, int count)
        {
            lock (_lock)
            {
                if (_state == RequestLinkState.Pending || !IsAvailable)
                {
                    return false;
                }

                byte[] copy = new byte[count];
                Array.Copy(body, offset, copy, 0, count);
                _state = RequestLinkState.Pending;
                _response = null;
                Exchange exchange = new Exchange(this, _endpoint, _anchor, idempotencyKey, copy);
                new Thread(exchange.Run).Start();
                return true;
            }
        }

        /// <inheritdoc />
        public RequestLinkState Poll(byte[] buffer, int offset, int capacity, out int length)
        {
            length = 0;
            lock (_lock)
            {
                RequestLinkState state = _state;
                if (state == RequestLinkState.Idle || state == RequestLinkState.Pending)
                {
                    return state;
                }

                _state = RequestLinkState.Idle;
                if (state == RequestLinkState.Failed || _response == null || _response.Length > capacity)
                {
                    return RequestLinkState.Failed;
                }

                Array.Copy(_response, 0, buffer, offset, _response.Length);
                length = _response.Length;
                return RequestLinkState.Completed;
            }
        }

        private void Finish(byte[] response)
        {
            lock (_lock)
            {
                _response = response;
                _state = response == null ? RequestLinkState.Failed : RequestLinkState.Completed;
            }
        }

        // One exchange on its own thread (nanoFramework threads take a ThreadStart; the state travels in this object).
        private sealed class Exchange
        {
            private readonly HttpsRequestLink _link;
            private readonly string _endpoint;
            private readonly byte[] _anchor;
            private readonly string _key;
            private readonly byte[] _body;

            public Exchange(HttpsRequestLink link, string endpoint, byte[] anchor, string key, byte[] body)
            {
                _link = link;
                _endpoint = endpoint;
                _anchor = anchor;
                _key = key;
                _body = body;
            }

            public void Run()
            {
                byte[] response = null;
                try
                {
                    for (int attempt = 1; attempt <= _link._retry.MaxAttempts; attempt++)
                    {
                        if (attempt > 1)
                        {
                            Thread.Sleep(_link._retry.DelayBefore(attempt, _link._random.Next(1001)));
                        }

                        int status = Attempt(out response);
                        if (status == 200 || (status >= 400 && status < 500))
                        {
                            break;
                        }
                    }
                }
                catch (Exception e)
                {
                    // Nothing may escape a worker thread, and the link must not stay Pending for ever.
                    Debug.WriteLine("https exchange failed: " + e.Message);
                    response = null;
                }
                finally
                {
                    _link.Finish(response);
                }
            }

            // Returns the HTTP status, or 0 for a transport failure (timeout, TLS, DNS, connection).
            private int Attempt(out byte[] response)
            {
                response = null;
                _link.Attempts++;
                HttpClient client = new HttpClient();
                try
                {
                    // The handler copies Timeout into HttpWebRequest.Timeout in whole milliseconds; the setter
                    // throws for zero or negative values (caught below). DNS may take longer than this.
                    client.Timeout = TimeSpan.FromTicks((long)_link._attemptTimeoutMs * TimeSpan.TicksPerMillisecond);
                    client.SslProtocols = SslProtocols.Tls12;
                    if (_anchor != null)
                    {
                        client.HttpsAuthentCert = new X509Certificate(_anchor);
                    }

                    using (HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, _endpoint))
                    {
                        request.Headers.Add("Idempotency-Key", _key);
                        request.Content = new ByteArrayContent(_body);
                        using (HttpResponseMessage answer = client.Send(request, HttpCompletionOption.ResponseContentRead))
                        {
                            int status = (int)answer.StatusCode;
                            if (answer.StatusCode == HttpStatusCode.OK)
                            {
                                response = answer.Content.ReadAsByteArray();
                            }

                            return status;
                        }
                    }
                }
                catch (Exception e)
                {
                    Debug.WriteLine("https attempt failed: " + e.Message);
                    return 0;
                }
                finally
                {
                    client.Dispose();
                }
            }
        }
    }
}
