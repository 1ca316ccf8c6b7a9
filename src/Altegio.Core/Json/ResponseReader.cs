using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace Altegio.Json
{
    /// <summary>
    /// Turns a buffered HTTP answer into an <see cref="ApiDocument"/> or an <see cref="AltegioApiException"/>.
    /// It knows both error shapes (legacy <c>meta.message</c>/<c>meta.errors</c> and JSON:API
    /// <c>errors[].title/detail</c>), and treats a 2xx with <c>success:false</c> as the failure it is.
    /// </summary>
    public static class ResponseReader
    {
        private static readonly JsonDocumentOptions DocumentOptions = new JsonDocumentOptions { MaxDepth = 128 };

        /// <summary>Reads an answer; throws <see cref="AltegioApiException"/> for any failure.</summary>
        /// <param name="statusCode">The HTTP status.</param>
        /// <param name="reasonPhrase">The status text, used when the body says nothing.</param>
        /// <param name="mediaType">The Content-Type media type, if any.</param>
        /// <param name="body">The whole body.</param>
        /// <param name="method">The request method, for the error message.</param>
        /// <param name="path">The request path, for the error message.</param>
        public static ApiDocument Read(int statusCode, string? reasonPhrase, string? mediaType, ReadOnlyMemory<byte> body,
            string method, string path)
        {
            var success = statusCode >= 200 && statusCode < 300;
            if (IsBlank(body.Span))
            {
                if (success)
                {
                    return new ApiDocument(statusCode, null);
                }

                throw Failure(statusCode, reasonPhrase, null, null, method, path);
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body, DocumentOptions);
            }
            catch (JsonException)
            {
                if (success)
                {
                    throw new AltegioApiException(AltegioErrorKind.InvalidResponse, method, path, statusCode,
                        "The server answered HTTP " + statusCode + " with a body that is not valid JSON" + DescribeMedia(mediaType) + ".");
                }

                // An HTML error page from a proxy or gateway: classify by status, don't dump the page.
                throw Failure(statusCode, reasonPhrase, "The server answered HTTP " + statusCode + " " + reasonPhrase + DescribeMedia(mediaType) + ".",
                    null, method, path);
            }

            return Interpret(statusCode, reasonPhrase, document, method, path);
        }

        /// <summary>
        /// Reads an answer from a buffered, seekable body. Parsed from the stream, the document keeps the body in
        /// pooled memory that it returns on Dispose; a byte[] copy of each page was large enough for the
        /// large-object heap and cost a full garbage collection every page or two. A body that does not parse
        /// (blank, broken, or starting with a byte-order mark, which only the stream parser would skip) is read
        /// again as bytes, so that it is judged exactly as the other overload judges it.
        /// </summary>
        internal static ApiDocument Read(int statusCode, string? reasonPhrase, string? mediaType, Stream body,
            string method, string path)
        {
            var start = body.Position;
            JsonDocument? document = null;
            if (body.ReadByte() is not (-1 or 0xEF))
            {
                body.Position = start;
                try
                {
                    document = JsonDocument.Parse(body, DocumentOptions);
                }
                catch (JsonException)
                {
                    document = null;
                }
            }

            if (document is null)
            {
                body.Position = start;
                var bytes = new byte[body.Length - start];
                return Read(statusCode, reasonPhrase, mediaType, new ReadOnlyMemory<byte>(bytes, 0, ReadAll(body, bytes, bytes.Length)), method, path);
            }

            return Interpret(statusCode, reasonPhrase, document, method, path);
        }

        /// <summary>
        /// Reads an answer straight into wire records (see <see cref="AnswerReader"/>), or throws
        /// <see cref="AltegioApiException"/> for any failure. Only a 2xx object is read typed; everything else
        /// (an error, success:false, a body that is not JSON) is judged by the document path above, so that both
        /// paths fail alike. A buffered stream is copied into pooled memory first: the records keep nothing of it.
        /// <paramref name="keepIncludedJson"/> keeps a copy of the answer's <c>included</c> array as it came.
        /// </summary>
        internal static Answer<T> ReadAnswer<T>(int statusCode, string? reasonPhrase, string? mediaType, ReadOnlyMemory<byte> body, Stream? stream,
            JsonTypeInfo<T> attributes, string method, string path, bool keepIncludedJson = false)
            where T : class
        {
            if (stream is null)
            {
                return ReadAnswer(statusCode, reasonPhrase, mediaType, body, attributes, method, path, keepIncludedJson);
            }

            var length = checked((int)(stream.Length - stream.Position));
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            try
            {
                return ReadAnswer(statusCode, reasonPhrase, mediaType, new ReadOnlyMemory<byte>(buffer, 0, ReadAll(stream, buffer, length)), attributes, method, path,
                    keepIncludedJson);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private static Answer<T> ReadAnswer<T>(int statusCode, string? reasonPhrase, string? mediaType, ReadOnlyMemory<byte> body,
            JsonTypeInfo<T> attributes, string method, string path, bool keepIncludedJson)
            where T : class
        {
            string? unreadable = null;
            if (statusCode >= 200 && statusCode < 300)
            {
                var span = body.Span;
                var start = 0;
                while (start < span.Length && span[start] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
                {
                    start++;
                }

                if (start == span.Length)
                {
                    return new Answer<T> { StatusCode = statusCode };
                }

                if (span[start] == (byte)'{')
                {
                    try
                    {
                        var answer = AnswerReader.Read(span.Slice(start), attributes);
                        if (answer.Success != false)
                        {
                            answer.StatusCode = statusCode;
                            answer.IncludedJson = keepIncludedJson ? AnswerReader.MemberJson(span.Slice(start), "included"u8) : null;
                            return answer;
                        }
                    }
                    catch (JsonException ex)
                    {
                        unreadable = ex.Message;
                    }
                }
            }

            // A failure, success:false or a body that is not JSON throws here; a 2xx array (no data) is an empty answer.
            using (Read(statusCode, reasonPhrase, mediaType, body.ToArray(), method, path))
            {
            }

            if (unreadable != null)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, method, path, statusCode,
                    "The answer could not be read: " + unreadable);
            }

            return new Answer<T> { StatusCode = statusCode };
        }

        private static ApiDocument Interpret(int statusCode, string? reasonPhrase, JsonDocument document, string method, string path)
        {
            var success = statusCode >= 200 && statusCode < 300;
            var root = document.RootElement;
            if (success)
            {
                if (root.ValueKind == JsonValueKind.Object
                    && root.TryGetProperty("success", out var flag) && JsonValues.ReadBoolean(flag) == false)
                {
                    var (message, errors) = ExtractError(root);
                    var kind = KindForSuccessFalse(root, errors);
                    document.Dispose();
                    throw new AltegioApiException(kind, method, path, statusCode,
                        message ?? "The API answered success:false without a message.", errors);
                }

                var rootKind = root.ValueKind;
                if (rootKind is not (JsonValueKind.Object or JsonValueKind.Array))
                {
                    document.Dispose();
                    throw new AltegioApiException(AltegioErrorKind.InvalidResponse, method, path, statusCode,
                        "The server answered with a JSON " + rootKind.ToString().ToLowerInvariant() + " where an object was expected.");
                }

                return new ApiDocument(statusCode, document);
            }

            using (document)
            {
                var (message, errors) = ExtractError(root);
                throw Failure(statusCode, reasonPhrase, message, errors, method, path);
            }
        }

        // A 2xx with success:false carries no status to go by, so the body decides: a busy team member or
        // resource is flagged meta.conflict (V1), named fields make it a validation failure, and anything else
        // is the API declining for the reason its message gives; no input was named that could be corrected.
        private static AltegioErrorKind KindForSuccessFalse(JsonElement root, IReadOnlyList<AltegioFieldError> errors)
        {
            if (root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object
                && meta.TryGetProperty("conflict", out var conflict) && JsonValues.ReadBoolean(conflict) == true)
            {
                return AltegioErrorKind.Conflict;
            }

            return errors.Any(e => e.Field != null) ? AltegioErrorKind.Validation : AltegioErrorKind.Refused;
        }

        /// <summary>Maps an HTTP status to the kind of failure it means.</summary>
        public static AltegioErrorKind KindForStatus(int statusCode) => statusCode switch
        {
            400 => AltegioErrorKind.Validation,
            401 => AltegioErrorKind.Unauthorized,
            403 => AltegioErrorKind.Forbidden,
            404 => AltegioErrorKind.NotFound,
            408 => AltegioErrorKind.Timeout,
            409 => AltegioErrorKind.Conflict,
            422 => AltegioErrorKind.Validation,
            429 => AltegioErrorKind.Throttled,
            >= 500 => AltegioErrorKind.Server,
            _ => statusCode >= 400 ? AltegioErrorKind.Validation : AltegioErrorKind.InvalidResponse,
        };

        private static AltegioApiException Failure(int statusCode, string? reasonPhrase, string? message,
            IReadOnlyList<AltegioFieldError>? errors, string method, string path) =>
            new AltegioApiException(KindForStatus(statusCode), method, path, statusCode,
                message ?? (string.IsNullOrEmpty(reasonPhrase) ? null : reasonPhrase + "."), errors);

        /// <summary>
        /// Reads the API's message and field errors from either error shape: first <c>meta.message</c>
        /// (legacy), else the joined <c>errors[].detail</c> or <c>title</c> (JSON:API), else a top-level <c>message</c>.
        /// </summary>
        internal static (string? Message, IReadOnlyList<AltegioFieldError> Errors) ExtractError(JsonElement root)
        {
            var fieldErrors = new List<AltegioFieldError>();
            string? message = null;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, fieldErrors);
            }

            if (root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object)
            {
                message = meta.GetStringOrNull("message");
                if (meta.TryGetProperty("errors", out var metaErrors))
                {
                    ReadLegacyErrors(metaErrors, fieldErrors);
                }
            }

            if (root.TryGetProperty("errors", out var errors))
            {
                if (errors.ValueKind == JsonValueKind.Array)
                {
                    var texts = new List<string>();
                    foreach (var error in errors.EnumerateArray())
                    {
                        if (error.ValueKind == JsonValueKind.String)
                        {
                            texts.Add(error.GetString()!);
                            continue;
                        }

                        var text = error.GetStringOrNull("detail") ?? error.GetStringOrNull("title");
                        if (text is null)
                        {
                            continue;
                        }

                        texts.Add(text);
                        var field = FieldFromSource(error);
                        if (field != null)
                        {
                            fieldErrors.Add(new AltegioFieldError(field, text));
                        }
                    }

                    if (message is null && texts.Count > 0)
                    {
                        message = string.Join("; ", texts.Distinct());
                    }
                }
                else
                {
                    ReadLegacyErrors(errors, fieldErrors);
                }
            }

            message ??= root.GetStringOrNull("message");
            if (message is null && fieldErrors.Count > 0)
            {
                message = string.Join("; ", fieldErrors.Select(e => e.ToString()));
            }

            return (message, fieldErrors);
        }

        // V2 sends meta.errors as an object (field -> messages); V1 quick-create as an array. Accept both.
        private static void ReadLegacyErrors(JsonElement errors, List<AltegioFieldError> into)
        {
            switch (errors.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in errors.EnumerateObject())
                    {
                        foreach (var text in Messages(property.Value))
                        {
                            into.Add(new AltegioFieldError(property.Name, text));
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in errors.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.Object)
                        {
                            var field = item.GetStringOrNull("field") ?? item.GetStringOrNull("name") ?? FieldFromSource(item);
                            var text = item.GetStringOrNull("message") ?? item.GetStringOrNull("detail") ?? item.GetStringOrNull("title") ?? item.GetStringOrNull("error");
                            if (text != null)
                            {
                                into.Add(new AltegioFieldError(field, text));
                            }
                        }
                        else
                        {
                            foreach (var text in Messages(item))
                            {
                                into.Add(new AltegioFieldError(null, text));
                            }
                        }
                    }

                    break;
                case JsonValueKind.String:
                    into.Add(new AltegioFieldError(null, errors.GetString()!));
                    break;
            }
        }

        private static IEnumerable<string> Messages(JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    var text = JsonValues.ReadString(item);
                    if (text != null)
                    {
                        yield return text;
                    }
                }
            }
            else
            {
                var text = JsonValues.ReadString(value);
                if (text != null)
                {
                    yield return text;
                }
            }
        }

        private static string? FieldFromSource(JsonElement error)
        {
            if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object)
            {
                var pointer = source.GetStringOrNull("pointer") ?? source.GetStringOrNull("parameter");
                if (pointer != null)
                {
                    var slash = pointer.LastIndexOf('/');
                    return slash >= 0 ? pointer.Substring(slash + 1) : pointer;
                }
            }

            return null;
        }

        // Reads up to length bytes of a buffered stream; returns how many there were.
        private static int ReadAll(Stream stream, byte[] into, int length)
        {
            var read = 0;
            int count;
            while (read < length && (count = stream.Read(into, read, length - read)) > 0)
            {
                read += count;
            }

            return read;
        }

        private static bool IsBlank(ReadOnlySpan<byte> body)
        {
            foreach (var b in body)
            {
                if (b != (byte)' ' && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t')
                {
                    return false;
                }
            }

            return true;
        }

        private static string DescribeMedia(string? mediaType) =>
            string.IsNullOrEmpty(mediaType) ? string.Empty : " (" + mediaType + ")";
    }
}
