using Altegio.Models.Wire;

namespace Altegio.Resources
{
    /// <summary>Position operations on V2: <c>/v2/locations/{company_id}/positions</c>. The list is not paged; an update answers 204.</summary>
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

        /// <summary>Lists the positions the location can use, with a title matching <paramref name="title"/> (wildcards allowed) when given.</summary>
        public async Task<IReadOnlyList<Position>> ListAsync(long companyId, CancellationToken cancellationToken, string? title = null)
        {
            var positions = await _client.ListAsync(AltegioRequest.Get(AltegioApiVersion.V2, ApiPaths.Location(companyId, "positions")),
                AltegioJsonContext.Wire.PositionAttributes, (r, _) => Map(r, companyId), cancellationToken).ConfigureAwait(false);
            var pattern = Wildcard.For(title);
            return pattern is null ? positions : positions.Where(p => pattern.IsMatch(p.Title)).ToList();
        }

        /// <summary>Gets one position.</summary>
        public Task<Position> GetAsync(long companyId, long id, CancellationToken cancellationToken) =>
            _client.OneAsync(AltegioRequest.Get(AltegioApiVersion.V2, ApiPaths.Location(companyId, "positions", id)),
                AltegioJsonContext.Wire.PositionAttributes, (r, _) => Map(r, companyId), cancellationToken);

        /// <summary>Creates a position; the title and description are checked before anything is sent.</summary>
        public Task<Position> CreateAsync(long companyId, string title, string? description, CancellationToken cancellationToken)
        {
            var body = new PositionWriteBody { Title = ValidateTitle(title), Description = ValidateDescription(Text.NullIfEmpty(description)) };
            return _client.OneAsync(AltegioRequest.Post(AltegioApiVersion.V2, ApiPaths.Location(companyId, "positions"), body, AltegioJsonContext.Wire.PositionWriteBody),
                AltegioJsonContext.Wire.PositionAttributes, (r, _) => Map(r, companyId), cancellationToken);
        }

        /// <summary>
        /// Changes a position's title and/or description (empty means not given; checked first, see
        /// <see cref="ValidateChanges"/>). The API requires the title on every update and may replace what is not
        /// sent, so when either is not given the position is read first and its current value is sent: nothing the
        /// user did not mean to change is lost.
        /// </summary>
        public async Task UpdateAsync(long companyId, long id, string? title, string? description, CancellationToken cancellationToken)
        {
            title = Text.NullIfEmpty(title);
            description = Text.NullIfEmpty(description);
            ValidateChanges(title, description);
            var body = new PositionWriteBody
            {
                Title = title is null ? string.Empty : ValidateTitle(title),
                Description = ValidateDescription(description),
            };
            if (title is null || description is null)
            {
                var current = await GetAsync(companyId, id, cancellationToken).ConfigureAwait(false);
                body.Title = title is null ? current.Title : body.Title;
                body.Description = description is null ? current.Description : body.Description;
            }

            await _client.ExecuteAsync(AltegioRequest.Put(AltegioApiVersion.V2, ApiPaths.Location(companyId, "positions", id), body, AltegioJsonContext.Wire.PositionWriteBody),
                cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Checks the changes of an update: at least one, a valid title and description. Empty texts mean "not given".</summary>
        public static void ValidateChanges(string? title, string? description)
        {
            title = Text.NullIfEmpty(title);
            description = Text.NullIfEmpty(description);
            if (title is null && description is null)
            {
                throw AltegioApiException.InvalidParameter("Title", "Nothing to change: give -Title or -Description.");
            }

            if (title != null)
            {
                ValidateTitle(title);
            }

            ValidateDescription(description);
        }

        /// <summary>
        /// Deletes a position and makes sure it is gone. The API may answer 2xx yet keep a position that
        /// team members still hold, or refuse with 409/422; every one of those becomes a
        /// <see cref="AltegioErrorKind.Conflict"/> failure that says why, never a false success.
        /// </summary>
        public async Task DeleteAsync(long companyId, long id, CancellationToken cancellationToken)
        {
            var request = AltegioRequest.Delete(AltegioApiVersion.V2, ApiPaths.Location(companyId, "positions", id));
            try
            {
                await _client.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
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

        internal static Position Map(Resource<PositionAttributes> resource, long companyId)
        {
            var attributes = resource.Attributes;
            return new Position
            {
                Id = resource.NumericId,
                CompanyId = companyId,
                ChainId = attributes.ChainId,
                Title = attributes.Title ?? string.Empty,
                Description = Text.NullIfEmpty(attributes.Description),
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
            return new AltegioApiException(AltegioErrorKind.Conflict, request.Method.Method, request.DisplayPath, status, text, errors);
        }
    }
}
