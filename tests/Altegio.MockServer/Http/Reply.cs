using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Altegio.MockServer.Http;

/// <summary>
/// A fully buffered response. Handlers build one instead of writing to the socket so that the
/// fault layer can still decide to truncate it or drop the connection after processing.
/// </summary>
public sealed class Reply
{
    public Reply(int status, ReadOnlyMemory<byte> body, string? contentType)
    {
        Status = status;
        Body = body;
        ContentType = contentType;
    }

    public int Status { get; }

    public ReadOnlyMemory<byte> Body { get; }

    public string? ContentType { get; }

    public List<KeyValuePair<string, string>>? Headers { get; private set; }

    public Reply WithHeader(string name, string value)
    {
        Headers ??= new List<KeyValuePair<string, string>>();
        Headers.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    public const string JsonContentType = "application/json";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The real API escapes nothing exotic; relaxed escaping keeps "+" in phone numbers readable in logs.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public static Reply NoContent() => new(204, ReadOnlyMemory<byte>.Empty, null);

    public static Reply Raw(int status, string body, string? contentType) =>
        new(status, Encoding.UTF8.GetBytes(body), contentType);

    public static Reply Json(int status, Action<Utf8JsonWriter> write, int sizeHint = 1024)
    {
        var buffer = new ArrayBufferWriter<byte>(sizeHint);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return new Reply(status, buffer.WrittenMemory, JsonContentType);
    }

    /// <summary>The documented legacy error envelope <c>{success:false,data:null,meta:{message,errors?}}</c>.</summary>
    public static Reply Legacy(int status, string message, Action<Utf8JsonWriter>? writeErrors = null) =>
        Json(status, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("success", false);
            w.WriteNull("data");
            w.WriteStartObject("meta");
            w.WriteString("message", message);
            if (writeErrors is not null)
            {
                w.WritePropertyName("errors");
                writeErrors(w);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }, 256);

    /// <summary>Legacy envelope with a V2-style <c>meta.errors</c> object (field → messages).</summary>
    public static Reply Validation(string message, string field, string fieldMessage) =>
        Legacy(422, message, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray(field);
            w.WriteStringValue(fieldMessage);
            w.WriteEndArray();
            w.WriteEndObject();
        });

    /// <summary>Validation failure where the message doubles as the only field error.</summary>
    public static Reply Validation(string field, string message) => Validation(message, field, message);

    /// <summary>JSON:API error document, the shape event endpoints use for conflicts.</summary>
    public static Reply JsonApiError(int status, string title, string detail) =>
        Json(status, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("errors");
            w.WriteStartObject();
            w.WriteString("status", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("title", title);
            w.WriteString("detail", detail);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }, 256);

    public static Reply NotFound() => Legacy(404, "Not found");

    /// <summary>V1 success envelope <c>{success:true,data,meta}</c>; <paramref name="writeMeta"/> null means <c>meta: []</c>.</summary>
    public static Reply V1(int status, Action<Utf8JsonWriter> writeData, Action<Utf8JsonWriter>? writeMeta = null, int sizeHint = 2048) =>
        Json(status, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("success", true);
            w.WritePropertyName("data");
            writeData(w);
            w.WritePropertyName("meta");
            if (writeMeta is null)
            {
                w.WriteStartArray();
                w.WriteEndArray();
            }
            else
            {
                writeMeta(w);
            }

            w.WriteEndObject();
        }, sizeHint);
}
