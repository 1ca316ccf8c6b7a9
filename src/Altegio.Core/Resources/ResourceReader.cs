namespace Altegio.Resources
{
    /// <summary>Shared steps for turning JSON:API resources into models.</summary>
    internal static class ResourceReader
    {
        /// <summary>Reads a resource's id (a string in JSON:API, a number in V1) as a whole number.</summary>
        public static long ReadId(JsonElement resource, string method, string path)
        {
            var id = resource.GetInt64("id");
            if (id is null)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, method, path, null,
                    "A resource in the answer has no numeric id.");
            }

            return id.Value;
        }

        /// <summary>The single resource of a get/create answer (some endpoints wrap it in a one-element array).</summary>
        public static JsonElement Single(ApiDocument document, string method, string path)
        {
            var items = document.DataItems;
            if (items.Count == 0)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, method, path, document.StatusCode,
                    "The answer carried no data.");
            }

            return items[0];
        }
    }
}
