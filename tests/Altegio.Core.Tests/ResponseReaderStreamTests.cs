using System;
using System.IO;
using System.Linq;
using System.Text;
using Altegio.Errors;
using Altegio.Json;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>Reading a buffered body from its stream must judge every body as reading its bytes does.</summary>
    public class ResponseReaderStreamTests
    {
        private static string Outcome(Func<ApiDocument> read)
        {
            try
            {
                using var document = read();
                return "ok " + document.StatusCode + " " + (document.Root?.GetRawText() ?? "<none>") + " meta=" + (document.Meta?.GetRawText() ?? "<none>");
            }
            catch (AltegioApiException ex)
            {
                return "error " + ex.Kind + " " + ex.StatusCode + " " + ex.Message + " " + string.Join("|", ex.FieldErrors.Select(e => e.ToString()));
            }
        }

        [Theory]
        [InlineData(200, "{\"success\":true,\"data\":[{\"id\":1}],\"meta\":[]}")]
        [InlineData(200, "{\"data\":{\"id\":\"1\"},\"meta\":{\"total_count\":\"3\"}}")]
        [InlineData(200, "")]
        [InlineData(200, "  \r\n\t ")]
        [InlineData(204, "")]
        [InlineData(200, "\uFEFF{\"data\":[]}")]
        [InlineData(200, "<html>oops</html>")]
        [InlineData(200, "{\"data\":[1,2")]
        [InlineData(200, "42")]
        [InlineData(200, "{\"success\":false,\"meta\":{\"message\":\"No\"}}")]
        [InlineData(502, "<html>Bad gateway</html>")]
        [InlineData(422, "{\"errors\":[{\"detail\":\"Bad date\",\"source\":{\"pointer\":\"/filter[from]\"}}]}")]
        [InlineData(404, "")]
        public void TheStreamIsJudgedAsTheBytesAre(int status, string body)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            var prefixed = new MemoryStream();
            prefixed.Write(new byte[] { 1, 2, 3 }, 0, 3);
            prefixed.Write(bytes, 0, bytes.Length);
            prefixed.Position = 3;

            var expected = Outcome(() => ResponseReader.Read(status, "Reason", "text/html", bytes, "GET", "p"));

            Assert.Equal(expected, Outcome(() => ResponseReader.Read(status, "Reason", "text/html", new MemoryStream(bytes, false), "GET", "p")));
            Assert.Equal(expected, Outcome(() => ResponseReader.Read(status, "Reason", "text/html", prefixed, "GET", "p")));
        }
    }
}
