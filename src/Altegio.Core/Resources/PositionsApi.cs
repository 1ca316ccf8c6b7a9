using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Errors;
using Altegio.Http;
using Altegio.Json;
using Altegio.Models;
using Altegio.Models.Wire;

namespace Altegio.Resources
{
    /// <summary>Position operations on V2: <c>/v2/locations/{company_id}/positions</c> (snapshot N: no paging, update answers 204).</summary>
    public sealed class PositionsApi
    {
        /// <summary>The longest title the API accepts.</summary>
        public const int MaxTitleLength = 100;

        /// <summary>The longest description the API accepts.</summary>
        public const int MaxDescriptionLength = 1000;

        private readonly AltegioClient _client;

        internal PositionsApi(AltegioClient client)
        {
            _client = client;
        }

        /// <summary>Lists the positions the location can use.</summary>
        public async Task<IReadOnlyList<Position>> ListAsync(long companyId, CancellationToken cancellationToken)
        {
            var request = new AltegioRequest(HttpMethod.Get, AltegioApiVersion.V2, PositionsPath(companyId));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var positions = new List<Position>();
            foreach (var item in document.DataItems)
            {
                positions.Add(Read(item, companyId, "GET", request.DisplayPath));
            }

            return positions;
        }

        /// <summary>Gets one position.</summary>
        public async Task<Position> GetAsync(long companyId, long id, CancellationToken cancellationToken)
        {
            var request = new AltegioRequest(HttpMethod.Get, AltegioApiVersion.V2, PositionPath(companyId, id));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return Read(ResourceReader.Single(document, "GET", request.DisplayPath), companyId, "GET", request.DisplayPath);
        }

        /// <summary>Creates a position; the title and description are checked before anything is sent.</summary>
        public async Task<Position> CreateAsync(long companyId, string title, string? description, CancellationToken cancellationToken)
        {
            var body = new PositionWriteBody { Title = ValidateTitle(title), Description = ValidateDescription(description) };
            var request = new AltegioRequest(HttpMethod.Post, AltegioApiVersion.V2, PositionsPath(companyId))
                .WithBody(TeamJson.Serialize(body, TeamJsonContext.Default.PositionWriteBody));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return Read(ResourceReader.Single(document, "POST", request.DisplayPath), companyId, "POST", request.DisplayPath);
        }

        /// <summary>
        /// Changes a position's title and/or description. The API requires the title on every update and
        /// may replace what is not sent, so when either is not given the position is read first and its
        /// current value is sent: nothing the user did not mean to change is lost.
        /// </summary>
        public async Task UpdateAsync(long companyId, long id, string? title, string? description, CancellationToken cancellationToken)
        {
            if (title is null && description is null)
            {
                throw AltegioApiException.InvalidParameter("Title", "Nothing to change: give -Title or -Description.");
            }

            var body = new PositionWriteBody
            {
                Title = title is null ? string.Empty : ValidateTitle(title),
                Description = ValidateDescription(description),
            };
            if (title is null || description is null)
            {
                var current = await GetAsync(companyId, id, cancellationToken).ConfigureAwait(false);
                if (title is null)
                {
                    body.Title = current.Title;
                }

                if (description is null)
                {
                    body.Description = current.Description;
                }
            }

            var request = new AltegioRequest(HttpMethod.Put, AltegioApiVersion.V2, PositionPath(companyId, id))
                .WithBody(TeamJson.Serialize(body, TeamJsonContext.Default.PositionWriteBody));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Deletes a position and makes sure it is gone. The API may answer 2xx yet keep a position that
        /// team members still hold, or refuse with 409/422; every one of those becomes a
        /// <see cref="AltegioErrorKind.Conflict"/> failure that says why, never a false success.
        /// </summary>
        public async Task DeleteAsync(long companyId, long id, CancellationToken cancellationToken)
        {
            var request = new AltegioRequest(HttpMethod.Delete, AltegioApiVersion.V2, PositionPath(companyId, id));
            try
            {
                using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (AltegioApiException ex) when (ex.StatusCode == 422 || ex.Kind == AltegioErrorKind.Conflict)
            {
                throw InUse(request, id, ex.StatusCode, ex.ApiMessage, ex.FieldErrors);
            }

            Position? kept;
            try
            {
                kept = await GetAsync(companyId, id, cancellationToken).ConfigureAwait(false);
            }
            catch (AltegioApiException ex) when (ex.Kind == AltegioErrorKind.NotFound)
            {
                return;
            }

            throw InUse(request, id, null,
                "The API answered success but kept position " + id.ToString(CultureInfo.InvariantCulture) + " '" + kept.Title
                + "': team members still hold it. Give them another position in the Altegio web app, or remove them, first (Get-AltegioTeamMember -PositionId "
                + id.ToString(CultureInfo.InvariantCulture) + ").", null);
        }

        /// <summary>Checks a position title: not blank, at most 100 characters. Returns it trimmed.</summary>
        public static string ValidateTitle(string? title) =>
            Require.MaxLength(Require.Text(title, "Title", "The position title"), MaxTitleLength, "Title", "The position title")!;

        /// <summary>Checks a description: at most 1000 characters. Null stays null.</summary>
        public static string? ValidateDescription(string? description) =>
            Require.MaxLength(description, MaxDescriptionLength, "Description", "The description");

        internal static Position Read(JsonElement resource, long companyId, string method, string path)
        {
            var attributes = ResourceReader.ReadAttributes(resource, TeamJsonContext.Default.PositionAttributes, method, path);
            return new Position
            {
                Id = ResourceReader.ReadId(resource, method, path),
                CompanyId = companyId,
                ChainId = attributes.ChainId,
                Title = attributes.Title ?? string.Empty,
                Description = string.IsNullOrEmpty(attributes.Description) ? null : attributes.Description,
                ServicesBindingType = (ServicesBindingType)(attributes.ServicesBindingType ?? 0),
                LocationIds = attributes.SalonIds ?? System.Array.Empty<long>(),
                RequiredFields = attributes.RulesRequiredFields ?? System.Array.Empty<string>(),
                OnlyChainAppointment = attributes.OnlyChainAppointment ?? false,
            };
        }

        private static AltegioApiException InUse(AltegioRequest request, long id, int? status, string? apiMessage,
            IReadOnlyList<AltegioFieldError>? errors)
        {
            var text = apiMessage is { Length: > 0 }
                ? apiMessage
                : "Position " + id.ToString(CultureInfo.InvariantCulture) + " is still held by team members and was not deleted.";
            return new AltegioApiException(AltegioErrorKind.Conflict, "DELETE", request.DisplayPath, status, text, errors);
        }

        private static string PositionsPath(long companyId) => "locations/" + companyId.ToString(CultureInfo.InvariantCulture) + "/positions";

        private static string PositionPath(long companyId, long id) => PositionsPath(companyId) + "/" + id.ToString(CultureInfo.InvariantCulture);
    }
}
