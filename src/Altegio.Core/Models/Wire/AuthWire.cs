using System.Text.Json.Serialization;

namespace Altegio.Models.Wire
{
    /// <summary>Body of <c>POST /v1/auth</c>.</summary>
    internal sealed class LoginBody
    {
        [JsonPropertyName("login")]
        public string Login { get; set; } = string.Empty;

        [JsonPropertyName("password")]
        public string Password { get; set; } = string.Empty;
    }

    /// <summary>The <c>data</c> of a successful <c>POST /v1/auth</c>.</summary>
    internal sealed class LoginData
    {
        [JsonPropertyName("id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Id { get; set; }

        [JsonPropertyName("user_token")]
        public string? UserToken { get; set; }

        [JsonPropertyName("name")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Name { get; set; }

        [JsonPropertyName("login")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Login { get; set; }

        [JsonPropertyName("email")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Email { get; set; }
    }
}
