using System.Text.Json.Serialization.Metadata;
using Altegio.Paging;

namespace Altegio.Resources
{
    /// <summary>Maps one resource of an answer (with the answer's side-loaded resources) to a model.</summary>
    internal delegate TModel ResourceMapper<TWire, TModel>(Resource<TWire> resource, IncludedIndex included)
        where TWire : class;

    /// <summary>
    /// The one path from request to model: send, read the answer into wire records, map each resource. A resource
    /// class says only what is its own (the request, the attributes record, the mapping), and every call reads
    /// as <c>_client.OneAsync(AltegioRequest.Get(V2, path), Wire.X, Map, ct)</c>. An answer the mapping cannot
    /// use (no id, no date) fails as <see cref="AltegioErrorKind.InvalidResponse"/> naming the request.
    /// </summary>
    internal static class ApiCalls
    {
        /// <summary>The single resource of a get, create or update answer (some wrap it in a one-element array).</summary>
        public static async Task<TModel> OneAsync<TWire, TModel>(this AltegioClient client, AltegioRequest request, JsonTypeInfo<TWire> wire,
            ResourceMapper<TWire, TModel> map, CancellationToken cancellationToken)
            where TWire : class
        {
            var answer = await client.SendAsync(request, wire, cancellationToken).ConfigureAwait(false);
            if (answer.Items.Count == 0)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, request.Method.Method, request.DisplayPath, answer.StatusCode,
                    "The answer carried no data.");
            }

            return Map(request, answer, answer.Items[0], map);
        }

        /// <summary>As <see cref="OneAsync"/>, but null for an answer without data (a 204, or an update that echoes nothing).</summary>
        public static async Task<TModel?> OneOrNoneAsync<TWire, TModel>(this AltegioClient client, AltegioRequest request, JsonTypeInfo<TWire> wire,
            ResourceMapper<TWire, TModel> map, CancellationToken cancellationToken)
            where TWire : class
            where TModel : class
        {
            var answer = await client.SendAsync(request, wire, cancellationToken).ConfigureAwait(false);
            return answer.Items.Count == 0 ? null : Map(request, answer, answer.Items[0], map);
        }

        /// <summary>Every resource of a list answer.</summary>
        public static async Task<IReadOnlyList<TModel>> ListAsync<TWire, TModel>(this AltegioClient client, AltegioRequest request, JsonTypeInfo<TWire> wire,
            ResourceMapper<TWire, TModel> map, CancellationToken cancellationToken)
            where TWire : class =>
            MapAll(request, await client.SendAsync(request, wire, cancellationToken).ConfigureAwait(false), map);

        /// <summary>
        /// A list read page by page (<c>page</c> + <c>limit</c>): nothing is sent until the first page is asked for,
        /// and each page's records are gone once its models are made. <paramref name="keep"/> drops items the API
        /// returns but the caller does not want (see <see cref="Pager{T}"/>).
        /// </summary>
        public static Pager<TModel> Pages<TWire, TModel>(this AltegioClient client, PagePlan plan, Func<long, int, AltegioRequest> request,
            JsonTypeInfo<TWire> wire, ResourceMapper<TWire, TModel> map, Func<TModel, bool>? keep = null)
            where TWire : class =>
            new Pager<TModel>(plan, async (page, limit, ct) =>
            {
                var pageRequest = request(page, limit);
                return MapAll(pageRequest, await client.SendAsync(pageRequest, wire, ct).ConfigureAwait(false), map);
            }, keep);

        /// <summary>A call whose answer carries nothing the caller needs (a delete, an update that answers 204).</summary>
        public static async Task ExecuteAsync(this AltegioClient client, AltegioRequest request, CancellationToken cancellationToken) =>
            await client.SendAsync(request, AltegioJsonContext.Wire.IncludedAttributes, cancellationToken).ConfigureAwait(false);

        /// <summary>Maps every resource of an answer already read (for a caller that also needs its <c>meta</c>).</summary>
        public static IReadOnlyList<TModel> MapAll<TWire, TModel>(AltegioRequest request, Answer<TWire> answer, ResourceMapper<TWire, TModel> map)
            where TWire : class
        {
            var items = answer.Items;
            var models = new TModel[items.Count];
            var included = IncludedIndex.Of(answer);
            for (var i = 0; i < items.Count; i++)
            {
                models[i] = Map(request, items[i], included, map);
            }

            return models;
        }

        /// <summary>Maps one resource of an answer already read (for a caller that picks the resource itself).</summary>
        public static TModel Map<TWire, TModel>(AltegioRequest request, Answer<TWire> answer, Resource<TWire> resource, ResourceMapper<TWire, TModel> map)
            where TWire : class =>
            Map(request, resource, IncludedIndex.Of(answer), map);

        private static TModel Map<TWire, TModel>(AltegioRequest request, Resource<TWire> resource, IncludedIndex included, ResourceMapper<TWire, TModel> map)
            where TWire : class
        {
            try
            {
                return map(resource, included);
            }
            catch (WireFormatException ex)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, request.Method.Method, request.DisplayPath, null, ex.Message);
            }
        }
    }

    /// <summary>Builds the paths of the API, relative to the version root.</summary>
    internal static class ApiPaths
    {
        /// <summary>A location's collection or one item of it: <c>locations/{location_id}/{collection}[/{id}]</c>.</summary>
        public static string Location(long companyId, string collection, long? id = null) =>
            Join("locations", companyId, collection, id);

        /// <summary>Joins segments with '/': whole numbers in invariant digits, null segments left out.</summary>
        public static string Join(params object?[] segments)
        {
            var parts = new List<string>(segments.Length);
            foreach (var segment in segments)
            {
                switch (segment)
                {
                    case null:
                        break;
                    case long number:
                        parts.Add(number.ToString(CultureInfo.InvariantCulture));
                        break;
                    default:
                        parts.Add(Convert.ToString(segment, CultureInfo.InvariantCulture)!);
                        break;
                }
            }

            return string.Join("/", parts);
        }
    }
}
