using System;
using System.Linq;
using System.Text;
using Altegio.Errors;
using Altegio.Json;
using Xunit;

namespace Altegio.Core.Tests
{
    public class ResponseReaderTests
    {
        private static ApiDocument Read(int status, string body, string media = "application/json") =>
            ResponseReader.Read(status, "Reason", media, Encoding.UTF8.GetBytes(body), "GET", "/v2/locations/1/tags");

        private static AltegioApiException Fail(int status, string body, string media = "application/json") =>
            Assert.Throws<AltegioApiException>(() => Read(status, body, media));

        [Fact]
        public void JsonApiCollectionWithEmptyArrayMeta()
        {
            using var doc = Read(200, """{"data":[{"type":"tag","id":"1","attributes":{}},{"type":"tag","id":"2","attributes":{}}],"meta":[]}""");
            Assert.Equal(2, doc.DataItems.Count);
            Assert.Null(doc.Meta);
        }

        [Fact]
        public void JsonApiSingleResourceWithObjectMetaAndIncluded()
        {
            using var doc = Read(200, """{"data":{"type":"tag","id":"7"},"included":[{"type":"position","id":"3","attributes":{"title":"Coach"}}],"meta":{"total_count":"41"}}""");
            Assert.Single(doc.DataItems);
            Assert.Equal(41, doc.GetMetaInt64("total_count"));
            var answer = ResponseReader.ReadAnswer(200, "OK", "application/json",
                Encoding.UTF8.GetBytes("""{"data":{"type":"tag","id":"7"},"included":[{"type":"position","id":"3","attributes":{"title":"Coach"}}],"meta":{"total_count":"41"}}"""),
                null, AltegioJsonContext.Wire.TagAttributes, "GET", "p");
            Assert.Equal(7, Assert.Single(answer.Items).NumericId);
            Assert.Equal(41, answer.Meta!.TotalCount);
            var included = IncludedIndex.Of(answer);
            Assert.Equal("Coach", included.Find(new ResourceRef("position", "3"))!.Title);
            Assert.Null(included.Find(new ResourceRef("position", "4")));
        }

        [Fact]
        public void LegacyEnvelopeSuccess()
        {
            using var doc = Read(201, """{"success":true,"data":{"id":5},"meta":{}}""");
            Assert.Equal(5, doc.DataItems[0].GetInt64("id"));
            Assert.NotNull(doc.Meta);
        }

        [Fact]
        public void NoContentIsAnEmptyDocument()
        {
            using var doc = Read(204, "");
            Assert.Empty(doc.DataItems);
        }

        [Fact]
        public void SuccessFalseWithHttp200NamingNoFieldIsRefused()
        {
            var ex = Fail(200, """{"success":false,"data":null,"meta":{"message":"Location is blocked"}}""");
            Assert.Equal(AltegioErrorKind.Refused, ex.Kind);
            Assert.Equal("Location is blocked", ex.ApiMessage);
            Assert.Equal(200, ex.StatusCode);
        }

        [Fact]
        public void LegacyErrorShapeWithFieldErrorsObject()
        {
            var ex = Fail(422, """{"success":false,"data":null,"meta":{"message":"Required parameter title was not passed","errors":{"title":["The title field is required."]}}}""");
            Assert.Equal(AltegioErrorKind.Validation, ex.Kind);
            Assert.Equal("Required parameter title was not passed", ex.ApiMessage);
            var field = Assert.Single(ex.FieldErrors);
            Assert.Equal("title", field.Field);
            Assert.Contains("The title field is required.", ex.Message);
            Assert.Contains("GET /v2/locations/1/tags failed with HTTP 422", ex.Message);
        }

        [Fact]
        public void LegacyErrorShapeWithFieldErrorsArray()
        {
            var ex = Fail(422, """{"success":false,"meta":{"message":"Validation failed","errors":["name is required","specialization is required"]}}""");
            Assert.Equal(2, ex.FieldErrors.Count);
            Assert.All(ex.FieldErrors, f => Assert.Null(f.Field));
        }

        [Fact]
        public void JsonApiErrorsShapeUsesDetailThenTitle()
        {
            var ex = Fail(409, """{"errors":[{"status":"409","title":"Conflict","detail":"The team member is busy at this time"},{"title":"Resource busy"}]}""");
            Assert.Equal(AltegioErrorKind.Conflict, ex.Kind);
            Assert.Equal("The team member is busy at this time; Resource busy", ex.ApiMessage);
        }

        [Fact]
        public void JsonApiErrorsWithSourcePointerBecomeFieldErrors()
        {
            var ex = Fail(422, """{"errors":[{"title":"Invalid","detail":"must be a multiple of 300","source":{"pointer":"/data/attributes/length"}}]}""");
            Assert.Equal("length", Assert.Single(ex.FieldErrors).Field);
        }

        [Theory]
        [InlineData(400, AltegioErrorKind.Validation)]
        [InlineData(401, AltegioErrorKind.Unauthorized)]
        [InlineData(403, AltegioErrorKind.Forbidden)]
        [InlineData(404, AltegioErrorKind.NotFound)]
        [InlineData(408, AltegioErrorKind.Timeout)]
        [InlineData(409, AltegioErrorKind.Conflict)]
        [InlineData(422, AltegioErrorKind.Validation)]
        [InlineData(429, AltegioErrorKind.Throttled)]
        [InlineData(500, AltegioErrorKind.Server)]
        [InlineData(503, AltegioErrorKind.Server)]
        public void StatusesMapToKinds(int status, AltegioErrorKind kind)
        {
            Assert.Equal(kind, Fail(status, """{"success":false,"data":null,"meta":{"message":"x"}}""").Kind);
        }

        [Fact]
        public void HtmlErrorPageIsClassifiedByStatusWithoutDumpingThePage()
        {
            var ex = Fail(502, "<html><body><h1>502 Bad Gateway</h1><p>nginx secret-internal-host</p></body></html>", "text/html");
            Assert.Equal(AltegioErrorKind.Server, ex.Kind);
            Assert.DoesNotContain("nginx", ex.Message);
            Assert.Contains("text/html", ex.Message);
        }

        [Fact]
        public void MalformedJsonWithSuccessStatusIsAnInvalidResponse()
        {
            var ex = Fail(200, """{"data": [""");
            Assert.Equal(AltegioErrorKind.InvalidResponse, ex.Kind);
            Assert.Equal("Altegio.InvalidResponse", ex.Classification.ErrorId);
        }

        [Theory]
        [InlineData("""{"success":true,"data":{"user_token":123}}""")]
        [InlineData("""{"data":{"type":"user","id":"1","attributes":{"user_token":123}}}""")]
        [InlineData("""{"success":true,"data":{"user_token":"t","id":1}""")]
        public void ATypedAnswerWhoseMemberDoesNotReadIsAnInvalidResponseNamingTheRequest(string body)
        {
            // A member of the wrong JSON type (a number for a text the module reads strictly) or a cut-off body
            // is the answer's fault, never a .NET exception.
            var ex = Assert.Throws<AltegioApiException>(() => ResponseReader.ReadAnswer(200, "OK", "application/json",
                Encoding.UTF8.GetBytes(body), null, AltegioJsonContext.Wire.LoginData, "POST", "auth"));
            Assert.Equal(AltegioErrorKind.InvalidResponse, ex.Kind);
            Assert.Equal("auth", ex.Path);
        }

        [Fact]
        public void AJsonScalarIsAnInvalidResponse()
        {
            Assert.Equal(AltegioErrorKind.InvalidResponse, Fail(200, "42").Kind);
        }

        [Fact]
        public void EmptyErrorBodyFallsBackToTheReasonPhrase()
        {
            var ex = Fail(404, "");
            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
            Assert.Equal("Reason.", ex.ApiMessage);
        }

        [Fact]
        public void ClassificationTableIsStable()
        {
            var ids = Enum.GetValues<AltegioErrorKind>().Select(k => ErrorClassification.For(k).ErrorId).ToArray();
            Assert.Equal(new[]
            {
                "Altegio.NotFound", "Altegio.Unauthorized", "Altegio.Forbidden", "Altegio.ValidationFailed", "Altegio.Conflict",
                "Altegio.Throttled", "Altegio.ServerError", "Altegio.ConnectionFailed", "Altegio.Timeout", "Altegio.InvalidResponse",
                "Altegio.InvalidParameter", "Altegio.OutcomeUnknown", "Altegio.Refused",
            }, ids);
            Assert.True(ErrorClassification.For(AltegioErrorKind.OutcomeUnknown).IsTerminating);
            Assert.Contains("check", ErrorClassification.For(AltegioErrorKind.OutcomeUnknown).RecommendedAction);
            Assert.True(ErrorClassification.For(AltegioErrorKind.Unauthorized).IsTerminating);
            Assert.False(ErrorClassification.For(AltegioErrorKind.NotFound).IsTerminating);
            Assert.Equal("OperationTimeout", ErrorClassification.For(AltegioErrorKind.Timeout).CategoryName);
            Assert.Equal("ResourceExists", ErrorClassification.For(AltegioErrorKind.Conflict).CategoryName);
        }
    }
}
