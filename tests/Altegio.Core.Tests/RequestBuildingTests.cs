using System.Collections;
using System.Collections.Generic;
using System.Net.Http;
using System.Linq;
using System.Text;
using Altegio.Errors;
using Altegio.Http;
using Altegio.Json;
using Altegio.Models;
using Altegio.Resources;
using Xunit;

namespace Altegio.Core.Tests
{
    public class RequestBuildingTests
    {
        [Fact]
        public void RepeatedKeysAndBracketsStayReadable()
        {
            var request = new AltegioRequest(HttpMethod.Get, AltegioApiVersion.V2, "/locations/1/events")
                .AddQuery("filter[from]", "2027-01-15 09:00:00")
                .AddQueryValues("filter[master_ids][]", new long[] { 3, 4 })
                .AddQuery("skipped", (string?)null);
            Assert.Equal("v2/locations/1/events?filter[from]=2027-01-15%2009%3A00%3A00&filter[master_ids][]=3&filter[master_ids][]=4", request.RelativeUri);
            Assert.Equal("/v2/locations/1/events", request.DisplayPath);
        }

        [Theory]
        [InlineData("locations/{CompanyId}/services", null, "v2/locations/1001/services")]
        [InlineData("/api/v1/companies?my=1", null, "v1/companies?my=1")]
        [InlineData("v1/staff/{LocationId}", null, "v1/staff/1001")]
        [InlineData("company/{companyid}/staff", AltegioApiVersion.V1, "v1/company/1001/staff")]
        public void RawPathsAreNormalised(string path, AltegioApiVersion? version, string expected)
        {
            var request = RawRequestBuilder.Build("get", path, version, 1001, null, null, null);
            Assert.Equal(expected, request.RelativeUri);
        }

        [Fact]
        public void RawQueryArraysRepeatTheKeyAndFlagsBecomeDigits()
        {
            var query = new Hashtable { ["filter[service_ids][]"] = new object[] { 1, 2L }, ["force"] = true };
            var request = RawRequestBuilder.Build("GET", "events", null, null, query, null, null);
            Assert.Contains("filter[service_ids][]=1&filter[service_ids][]=2", request.RelativeUri);
            Assert.Contains("force=1", request.RelativeUri);
        }

        [Fact]
        public void RawRequestRefusesConflictingVersionsFullUrlsAndMissingCompany()
        {
            Assert.Equal(AltegioErrorKind.InvalidParameter, Assert.Throws<AltegioApiException>(() => RawRequestBuilder.Build("GET", "v1/x", AltegioApiVersion.V2, null, null, null, null)).Kind);
            Assert.Throws<AltegioApiException>(() => RawRequestBuilder.Build("GET", "https://api.alteg.io/api/v2/x", null, null, null, null, null));
            Assert.Throws<AltegioApiException>(() => RawRequestBuilder.Build("GET", "locations/{CompanyId}/tags", null, null, null, null, null));
        }

        [Theory]
        [InlineData("../../x")]
        [InlineData("v2/../../x")]
        [InlineData("/api/v2/../../x")]
        [InlineData("%2e%2e/%2e%2e/x")]
        [InlineData("%2E%2E%2F%2E%2E%2Fx")]
        [InlineData("%252e%252e/x")]
        [InlineData("locations/./1001/tags")]
        [InlineData("locations/1001/..")]
        [InlineData("..\\..\\x")]
        [InlineData("locations\\1001")]
        [InlineData("locations/%5c1001")]
        [InlineData("locations/1001/tags#x")]
        [InlineData("locations/1001/tags?entity=1#x")]
        [InlineData("locations/{CompanyId}/tags/{TagId}")]
        [InlineData("locations/{Company}/tags")]
        [InlineData("locations/{CompanyId/tags")]
        [InlineData("locations/1001}/tags")]
        [InlineData("?")]
        [InlineData("?x=1")]
        [InlineData("/")]
        [InlineData("v2/")]
        [InlineData("/api/v1/?a=b")]
        public void RawPathsThatWouldLeaveTheVersionRootOrChangeTheTargetAreRefused(string path)
        {
            var ex = Assert.Throws<AltegioApiException>(() => RawRequestBuilder.Build("GET", path, null, 1001, null, null, null));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal("Altegio.InvalidParameter", ex.Classification.ErrorId);
            Assert.Equal("Path", Assert.Single(ex.FieldErrors).Field);
        }

        [Theory]
        [InlineData("locations/1001/tags/...", "v2/locations/1001/tags/...")]
        [InlineData("locations/1001/clients/search?q=a.b", "v2/locations/1001/clients/search?q=a.b")]
        [InlineData("locations/{LocationId}/x.json", "v2/locations/1001/x.json")]
        public void DotsInsideASegmentAreFine(string path, string expected)
        {
            Assert.Equal(expected, RawRequestBuilder.Build("GET", path, null, 1001, null, null, null).RelativeUri);
        }

        [Fact]
        public void RawBodyFromPlainValuesOrJsonText()
        {
            var map = new System.Collections.Specialized.OrderedDictionary { ["title"] = "VIP", ["ids"] = new[] { 1, 2 }, ["on"] = false, ["none"] = null };
            var request = RawRequestBuilder.Build("POST", "tags", null, null, null, map, null);
            Assert.Equal("""{"title":"VIP","ids":[1,2],"on":false,"none":null}""", Encoding.UTF8.GetString(request.Body!));

            var text = RawRequestBuilder.Build("POST", "tags", null, null, null, """{"a":1}""", null);
            Assert.Equal("""{"a":1}""", Encoding.UTF8.GetString(text.Body!));
            Assert.Throws<AltegioApiException>(() => RawRequestBuilder.Build("POST", "tags", null, null, null, "{not json", null));
        }

        [Fact]
        public void JsonTreeKeepsOrderAndNumberKinds()
        {
            using var doc = System.Text.Json.JsonDocument.Parse("""{"b":1,"a":[1.5,"x",true,null],"big":12345678901}""");
            var plain = Assert.IsType<PlainObject>(JsonTree.ToPlain(doc.RootElement));
            Assert.Equal(new[] { "b", "a", "big" }, plain.Properties.Select(p => p.Key));
            Assert.Equal(1L, plain.Properties[0].Value);
            var array = Assert.IsType<object?[]>(plain.Properties[1].Value);
            Assert.Equal(1.5m, array[0]);
            Assert.Null(array[3]);
            Assert.Equal("""{"b":1,"a":[1.5,"x",true,null],"big":12345678901}""", Encoding.UTF8.GetString(JsonTree.ToUtf8(plain)));
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData(null)]
        public void TagTitleMustNotBeEmpty(string? title)
        {
            var ex = Assert.Throws<AltegioApiException>(() => TagsApi.ValidateTitle(title));
            Assert.Equal("Altegio.InvalidParameter", ex.Classification.ErrorId);
            Assert.Equal("Title", Assert.Single(ex.FieldErrors).Field);
        }

        [Theory]
        [InlineData("#FF2828", "#ff2828")]
        [InlineData(" #00aa11 ", "#00aa11")]
        public void TagColorIsNormalised(string input, string expected) => Assert.Equal(expected, TagsApi.ValidateColor(input));

        [Theory]
        [InlineData("red")]
        [InlineData("#fff")]
        [InlineData("ff2828")]
        [InlineData("#gg0000")]
        [InlineData("#ff28281")]
        public void TagColorMustBeRrggbb(string color)
        {
            var ex = Assert.Throws<AltegioApiException>(() => TagsApi.ValidateColor(color));
            Assert.Contains("#rrggbb", ex.Message);
        }

        [Fact]
        public void EnvironmentNeedsAPartnerTokenAndAValidCompanyId()
        {
            var empty = new Dictionary<string, string?>();
            Assert.Contains("ALTEGIO_PARTNER_TOKEN", Assert.Throws<AltegioApiException>(() => AltegioEnvironment.ReadCredentials(n => empty.GetValueOrDefault(n))).Message);
            var vars = new Dictionary<string, string?> { ["ALTEGIO_PARTNER_TOKEN"] = "p", ["ALTEGIO_USER_TOKEN"] = "u", ["ALTEGIO_COMPANY_ID"] = "1001" };
            Assert.True(AltegioEnvironment.ReadCredentials(n => vars.GetValueOrDefault(n)).HasUserToken);
            Assert.Equal(1001, AltegioEnvironment.ReadCompanyId(n => vars.GetValueOrDefault(n)));
            vars["ALTEGIO_COMPANY_ID"] = "abc";
            Assert.Throws<AltegioApiException>(() => AltegioEnvironment.ReadCompanyId(n => vars.GetValueOrDefault(n)));
        }

        [Fact]
        public void CredentialsHeaderFormatIsExact()
        {
            var credentials = AltegioCredentials.FromTokens(" partner-1 ", "user-2");
            Assert.Equal("Bearer partner-1, User user-2", credentials.AuthorizationValue(false, out _));
            Assert.Equal("Bearer partner-1", credentials.AuthorizationValue(true, out _));
            Assert.Equal("partner token and user token", credentials.ToString());
        }
    }
}
