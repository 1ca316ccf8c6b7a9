using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Altegio.Models.Wire;
using Altegio.Resources;
using Altegio.Tracing;

namespace Altegio
{
    /// <summary>Reads a buffered answer: its bytes (valid only during the call), or a seekable stream over them where the buffer is not exposed.</summary>
    internal delegate T AnswerBodyReader<T>(int statusCode, string? reasonPhrase, string? mediaType, ReadOnlyMemory<byte> body, Stream? stream,
        string method, string path);

    /// <summary>
    /// Sends API calls for one session over the shared pipeline. Cheap to copy: <see cref="WithTrace"/>
    /// gives a client that reports to one cmdlet invocation's sink while sharing everything else.
    /// </summary>
    public sealed class AltegioClient
    {
        private static readonly string ModuleVersion =
            typeof(AltegioClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

        private static readonly MediaTypeWithQualityHeaderValue AcceptHeader = new MediaTypeWithQualityHeaderValue("application/vnd.api.v2+json");

        private readonly AltegioConnectionSettings _settings;
        private readonly AltegioCredentials _credentials;
        private readonly Uri _baseUri;
        private readonly string _userAgent;
        private readonly IRequestBudget? _limiter;
        private readonly IAltegioTraceSink? _trace;

        /// <summary>Creates a client for the given settings and credentials.</summary>
        public AltegioClient(AltegioConnectionSettings settings, AltegioCredentials credentials)
            : this(settings, credentials, null)
        {
        }

        private AltegioClient(AltegioConnectionSettings settings, AltegioCredentials credentials, IAltegioTraceSink? trace)
        {
            settings.Validate();
            _settings = settings;
            _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
            _baseUri = settings.NormalizedBaseUri;
            _userAgent = "Altegio.Ps/" + ModuleVersion + (string.IsNullOrEmpty(settings.UserAgentSuffix) ? string.Empty : " " + settings.UserAgentSuffix);
            _limiter = HttpStack.Current.BudgetFor(_baseUri, settings.RequestsPerSecond, settings.RequestsPerMinute);
            _trace = trace;
        }

        private AltegioClient(AltegioClient source, IAltegioTraceSink? trace)
        {
            _settings = source._settings;
            _credentials = source._credentials;
            _baseUri = source._baseUri;
            _userAgent = source._userAgent;
            _limiter = source._limiter;
            _trace = trace;
            if (trace is QueuedTraceSink queued)
            {
                queued.SetSecrets(_credentials.SecretValues());
            }
        }

        /// <summary>The connection settings (no secrets).</summary>
        public AltegioConnectionSettings Settings => _settings;

        /// <summary>The credentials; opaque outside this assembly.</summary>
        public AltegioCredentials Credentials => _credentials;

        /// <summary>A copy that reports its HTTP traffic to <paramref name="trace"/>.</summary>
        public AltegioClient WithTrace(IAltegioTraceSink? trace) => new AltegioClient(this, trace);

        /// <summary>Locations the user can reach (V1).</summary>
        public LocationsApi Locations => new LocationsApi(this);

        /// <summary>Tag operations (V2).</summary>
        public TagsApi Tags => new TagsApi(this);

        /// <summary>Position operations (V2).</summary>
        public PositionsApi Positions => new PositionsApi(this);

        /// <summary>Team-member operations (the V2 list; V1 get, create, update, delete).</summary>
        public TeamMembersApi TeamMembers => new TeamMembersApi(this);
        /// <summary>Group-event operations (V2).</summary>
        public EventsApi Events => new EventsApi(this);

        /// <summary>Group-event booking operations (V2).</summary>
        public EventBookingsApi EventBookings => new EventBookingsApi(this);

        /// <summary>The services that can run as group events (V1).</summary>
        public EventServicesApi EventServices => new EventServicesApi(this);

        /// <summary>The trace sink of this invocation, for what Core decides on the caller's behalf.</summary>
        internal IAltegioTraceSink? Trace => _trace;

        /// <summary>Saved repeat patterns for copying events (V2).</summary>
        public EventDuplicationStrategiesApi EventDuplicationStrategies => new EventDuplicationStrategiesApi(this);

        /// <summary>Team members' working hours (V1).</summary>
        public SchedulesApi Schedules => new SchedulesApi(this);

        /// <summary>Recurring event series (V1).</summary>
        public EventSeriesApi EventSeries => new EventSeriesApi(this);

        /// <summary>
        /// Sends a request and returns the parsed document, or throws <see cref="AltegioApiException"/>. For
        /// requests with no model (Invoke-AltegioRequest); resources read typed answers instead.
        /// After a 401 a session made from a login logs in once more and repeats the request.
        /// </summary>
        public Task<ApiDocument> SendAsync(AltegioRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, static (status, reason, media, body, stream, method, path) =>
                ResponseReader.Read(status, reason, media, stream ?? StreamOver(body), method, path), cancellationToken);

        // The document outlives the response, whose pooled body goes back to the pool: it is parsed from a stream
        // over the body, which copies it into memory of the document's own.
        private static Stream StreamOver(ReadOnlyMemory<byte> body) =>
            System.Runtime.InteropServices.MemoryMarshal.TryGetArray(body, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(body.ToArray(), writable: false);

        /// <summary>
        /// Sends a request and reads its answer straight into wire records (see <see cref="AnswerReader"/>);
        /// <paramref name="keepIncludedJson"/> also keeps the <c>included</c> array as it came (<see cref="Answer{T}.IncludedJson"/>).
        /// </summary>
        internal Task<Answer<T>> SendAsync<T>(AltegioRequest request, JsonTypeInfo<T> attributes, CancellationToken cancellationToken, bool keepIncludedJson = false)
            where T : class =>
            SendAsync(request, (status, reason, media, body, stream, method, path) =>
                ResponseReader.ReadAnswer(status, reason, media, body, stream, attributes, method, path, keepIncludedJson), cancellationToken);

        private async Task<T> SendAsync<T>(AltegioRequest request, AnswerBodyReader<T> read, CancellationToken cancellationToken)
        {
            try
            {
                return await SendOnceAsync(request, read, cancellationToken).ConfigureAwait(false);
            }
            catch (AltegioApiException ex) when (ex.Kind == AltegioErrorKind.Unauthorized && request.AllowRelogin && !request.PartnerOnly && _credentials.CanLogInAgain)
            {
                _trace?.Warning("The API rejected the user token (HTTP 401); logging in again as " + _credentials.Login + ".");
                var stale = _credentials.UserToken;
                await _credentials.RefreshAsync(
                    stale,
                    async ct => (await LogInAsync(_credentials.Login!, _credentials.Password!, ct).ConfigureAwait(false)).UserToken,
                    cancellationToken).ConfigureAwait(false);
                return await SendOnceAsync(request, read, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Logs in with <c>POST /v1/auth</c> (partner token only) and returns the user's data, including the user token.</summary>
        internal async Task<LoginResult> LogInAsync(string login, string password, CancellationToken cancellationToken)
        {
            var request = new AltegioRequest(HttpMethod.Post, AltegioApiVersion.V1, "auth") { PartnerOnly = true, AllowRelogin = false }
                .WithJson(new LoginBody { Login = login, Password = password }, AltegioJsonContext.Wire.LoginBody);
            var answer = await SendOnceAsync(request, (status, reason, media, body, stream, method, path) =>
                ResponseReader.ReadAnswer(status, reason, media, body, stream, AltegioJsonContext.Wire.LoginData, method, path), cancellationToken).ConfigureAwait(false);
            var data = answer.Items.Count > 0 ? answer.Items[0].Attributes : null;
            if (data?.UserToken is not { Length: > 0 } token)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, "POST", request.DisplayPath, answer.StatusCode,
                    "The login answer carried no user token.");
            }

            return new LoginResult(token, data.Id, data.Name, data.Login ?? login, data.Email);
        }

        private async Task<T> SendOnceAsync<T>(AltegioRequest request, AnswerBodyReader<T> read, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var method = request.Method.Method;
            using var message = new HttpRequestMessage(request.Method, new Uri(_baseUri, request.RelativeUri));
            message.Headers.Accept.Add(AcceptHeader);
            message.Headers.TryAddWithoutValidation("Authorization", _credentials.AuthorizationValue(request.PartnerOnly, out _));
            message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
            if (request.Body != null)
            {
                message.Content = new ByteArrayContent(request.Body);
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }

            new RequestContext(request.DisplayPath, request.Body, _settings, _limiter, _trace).AttachTo(message);

            HttpResponseMessage response;
            try
            {
                response = await HttpStack.Current.ClientFor(_settings.Proxy).SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (RetryAfterTooLongException tooLong)
            {
                response = tooLong.Response;
            }
            catch (AttemptTimeoutException timeout)
            {
                var waited = "No answer within " + timeout.Timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " s (-TimeoutSec)";
                throw RetryPolicy.IsSafeToRepeat(request.Method)
                    ? new AltegioApiException(AltegioErrorKind.Timeout, method, request.DisplayPath, null, waited + ".", null, timeout)
                    : OutcomeUnknown(request, null, waited, timeout);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (RetryPolicy.IsTransportFailure(ex) || ex is ObjectDisposedException)
            {
                if (RetryPolicy.MayHaveChanged(request.Method, ex))
                {
                    throw OutcomeUnknown(request, null, "The connection broke after the request was sent (" + Redactor.RedactText(ex.GetBaseException().Message) + ")", ex);
                }

                throw new AltegioApiException(AltegioErrorKind.Connection, method, request.DisplayPath, null,
                    DescribeConnectionFailure(ex), null, ex);
            }

            using (response)
            {
                Stream? stream = null;
                ReadOnlyMemory<byte> body = default;
                try
                {
                    if (response.Content is PooledContent pooled)
                    {
                        body = pooled.Body;
                    }
                    else if (await response.Content.ReadAsStreamAsync().ConfigureAwait(false) is MemoryStream memory && memory.TryGetBuffer(out var segment))
                    {
                        body = new ReadOnlyMemory<byte>(segment.Array, segment.Offset + (int)memory.Position, segment.Count - (int)memory.Position);
                    }
                    else
                    {
                        var content = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                        if (content.CanSeek)
                        {
                            stream = content;
                        }
                        else
                        {
                            body = await CopyBodyAsync(content).ConfigureAwait(false);
                        }
                    }
                }
                catch (Exception ex) when (RetryPolicy.IsTransportFailure(ex) || ex is ObjectDisposedException)
                {
                    if (!RetryPolicy.IsSafeToRepeat(request.Method))
                    {
                        throw OutcomeUnknown(request, (int)response.StatusCode, "The connection broke while the answer was being read", ex);
                    }

                    throw new AltegioApiException(AltegioErrorKind.Connection, method, request.DisplayPath, (int)response.StatusCode,
                        "The connection broke while the answer was being read.", null, ex);
                }

                return read((int)response.StatusCode, response.ReasonPhrase, response.Content.Headers.ContentType?.MediaType, body, stream, method, request.DisplayPath);
            }
        }

        // AttemptHandler reads the body into pooled memory (PooledContent), which is read without a copy until the
        // response is disposed. The other forms are for an answer that did not pass through it: a buffer the stream
        // exposes, a seekable stream, or else this copy.
        private static async Task<ReadOnlyMemory<byte>> CopyBodyAsync(Stream stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy).ConfigureAwait(false);
            return copy.ToArray();
        }

        // A change whose answer never fully arrived: the server may have acted on it, so saying "could not reach
        // the server" would invite a duplicate, and saying nothing would report a success nobody saw.
        private static AltegioApiException OutcomeUnknown(AltegioRequest request, int? status, string what, Exception inner) =>
            new AltegioApiException(AltegioErrorKind.OutcomeUnknown, request.Method.Method, request.DisplayPath, status,
                what + "; the change may have been made; check before you retry.", null, inner);

        private static string DescribeConnectionFailure(Exception ex)
        {
            var inner = ex.GetBaseException();
            return inner is SocketException socket
                ? "Could not reach the server (" + socket.SocketErrorCode + "): " + socket.Message
                : "Could not reach the server: " + inner.Message;
        }
    }

    /// <summary>What <c>POST /v1/auth</c> returned about the user.</summary>
    internal sealed class LoginResult
    {
        public LoginResult(string userToken, long? userId, string? name, string? login, string? email)
        {
            UserToken = userToken;
            UserId = userId;
            Name = name;
            Login = login;
            Email = email;
        }

        public string UserToken { get; }

        public long? UserId { get; }

        public string? Name { get; }

        public string? Login { get; }

        public string? Email { get; }
    }
}
