using Altegio.Resources;

namespace Altegio.Configuration
{
    /// <summary>
    /// Configuration as code over the existing resource APIs: reads a location's state (each list once),
    /// plans against a desired state, applies one change at a time, and exports a location as a desired state.
    /// </summary>
    public sealed class ConfigurationApi
    {
        private readonly AltegioClient _client;

        /// <summary>Creates the API over a client.</summary>
        public ConfigurationApi(AltegioClient client)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
        }

        /// <summary>
        /// Reads what the desired state manages and plans it. Reads: the tag list (if Tags is managed), the
        /// position list (if Positions or TeamMembers is), the active team members (if TeamMembers is), and
        /// the dismissed team members only when a member of the file is not among the active ones.
        /// </summary>
        internal async Task<ConfigurationPlan> PlanAsync(DesiredConfiguration desired, long companyId, bool prune, CancellationToken cancellationToken)
        {
            var state = new LocationState(companyId);
            if (desired.Tags != null)
            {
                state.Tags = await _client.Tags.ListAsync(companyId, null, cancellationToken).ConfigureAwait(false);
            }

            if (desired.Positions != null || desired.TeamMembers != null)
            {
                state.Positions = await _client.Positions.ListAsync(companyId, cancellationToken).ConfigureAwait(false);
            }

            if (desired.TeamMembers != null)
            {
                state.ActiveMembers = await Members(companyId, TeamMemberStatus.Active, cancellationToken).ConfigureAwait(false);
                if (ConfigurationPlanner.NeedsDismissedMembers(desired, state.ActiveMembers))
                {
                    state.DismissedMembers = await Members(companyId, TeamMemberStatus.Dismissed, cancellationToken).ConfigureAwait(false);
                }
            }

            return ConfigurationPlanner.Plan(desired, state, prune);
        }

        /// <summary>Carries out one change of a plan. A change the API cannot make fails with <see cref="ConfigurationNotApplicableException"/> after whatever part it can make.</summary>
        internal async Task ApplyAsync(ConfigurationPlan plan, ConfigurationChange change, CancellationToken cancellationToken)
        {
            var companyId = plan.CompanyId;
            switch (change.Resource, change.Action)
            {
                case (_, ConfigurationAction.NoChange):
                    return;
                case (ConfigurationResource.Position, ConfigurationAction.Create):
                {
                    var want = change.DesiredPosition!;
                    var created = await _client.Positions.CreateAsync(companyId, want.Title, Text.NullIfEmpty(want.Description), cancellationToken).ConfigureAwait(false);
                    plan.PositionIds[want.Key] = created.Id;
                    return;
                }

                case (ConfigurationResource.Position, ConfigurationAction.Update):
                {
                    // Both fields on every update: the API requires the title and may drop a description not sent,
                    // and sending the current one spares PositionsApi the read it would otherwise make first.
                    var want = change.DesiredPosition!;
                    await _client.Positions.UpdateAsync(companyId, change.Id!.Value, want.Title, want.Description ?? change.CurrentDescription ?? string.Empty, cancellationToken)
                        .ConfigureAwait(false);
                    return;
                }

                case (ConfigurationResource.Position, ConfigurationAction.Remove):
                    await _client.Positions.DeleteAsync(companyId, change.Id!.Value, cancellationToken).ConfigureAwait(false);
                    return;
                case (ConfigurationResource.Tag, ConfigurationAction.Create):
                {
                    var want = change.DesiredTag!;
                    await _client.Tags.CreateAsync(companyId, want.Title, want.Color, want.Entity, Text.NullIfEmpty(want.Icon), cancellationToken).ConfigureAwait(false);
                    return;
                }

                case (ConfigurationResource.Tag, ConfigurationAction.Update):
                    var icon = Changed(change, "Icon") ? change.DesiredTag!.Icon : null;
                    await _client.Tags.UpdateAsync(companyId, change.Id!.Value, After(change, "Title"), After(change, "Color"),
                        icon, clearIcon: Changed(change, "Icon") && string.IsNullOrEmpty(icon), cancellationToken).ConfigureAwait(false);
                    return;
                case (ConfigurationResource.Tag, ConfigurationAction.Remove):
                    await _client.Tags.DeleteAsync(companyId, change.Id!.Value, cancellationToken).ConfigureAwait(false);
                    return;
                case (ConfigurationResource.TeamMember, ConfigurationAction.Create):
                {
                    if (change.NotApplicableReason != null)
                    {
                        throw new ConfigurationNotApplicableException(change.NotApplicableReason);
                    }

                    var want = change.DesiredTeamMember!;
                    long? positionId = null;
                    if (want.Position != null)
                    {
                        if (!plan.PositionIds.TryGetValue(NaturalKeys.Position(want.Position), out var id))
                        {
                            throw new ConfigurationNotApplicableException("The position '" + want.Position + "' does not exist in location "
                                + companyId.ToString(CultureInfo.InvariantCulture) + " (was its creation skipped or refused?).");
                        }

                        positionId = id;
                    }

                    await _client.TeamMembers.CreateAsync(companyId, new TeamMemberDraft { Name = want.Name, Specialization = want.Specialization, PositionId = positionId },
                        cancellationToken).ConfigureAwait(false);
                    return;
                }

                case (ConfigurationResource.TeamMember, ConfigurationAction.Update):
                {
                    var changes = new TeamMemberChanges
                    {
                        Name = After(change, "Name"),
                        Specialization = After(change, "Specialization"),
                        Dismissed = Changed(change, "Dismissed") ? false : null,
                    };
                    if (!changes.IsEmpty)
                    {
                        await _client.TeamMembers.UpdateAsync(companyId, change.Id!.Value, changes, cancellationToken).ConfigureAwait(false);
                    }

                    if (change.NotApplicableReason != null)
                    {
                        throw new ConfigurationNotApplicableException(change.NotApplicableReason);
                    }

                    return;
                }

                case (ConfigurationResource.TeamMember, ConfigurationAction.Dismiss):
                    await _client.TeamMembers.UpdateAsync(companyId, change.Id!.Value, new TeamMemberChanges { Dismissed = true }, cancellationToken).ConfigureAwait(false);
                    return;
                default:
                    throw new InvalidOperationException("No way to apply " + change);
            }
        }

        /// <summary>
        /// Reads a location as a desired state: editable, not deleted tags; positions; active team members
        /// with their position's title. When the location holds one natural key twice, the file keeps the
        /// oldest item and a warning names the others (a file must not repeat a key).
        /// </summary>
        internal async Task<ExportedConfiguration> ExportAsync(long companyId, IReadOnlyCollection<ConfigurationResource> include, CancellationToken cancellationToken)
        {
            var result = new DesiredConfiguration();
            var warnings = new List<string>();
            var where = "Location " + companyId.ToString(CultureInfo.InvariantCulture);
            if (include.Contains(ConfigurationResource.Tag))
            {
                var tags = await _client.Tags.ListAsync(companyId, null, cancellationToken).ConfigureAwait(false);
                result.Tags = Distinct(tags.Where(t => !t.IsDeleted && t.IsEditable), t => NaturalKeys.Tag(t.Entity, t.Title), t => t.Id,
                        t => where + " has more than one tag " + NaturalKeys.TagDisplay(t.Entity, t.Title), warnings)
                    .Select(t => new DesiredTag { Title = t.Title, Entity = t.Entity, Color = (t.Color ?? string.Empty).ToLowerInvariant(), Icon = t.Icon })
                    .OrderBy(t => t.Entity).ThenBy(t => t.Title, TextOrder.Instance)
                    .ToList();
            }

            IReadOnlyList<Position> positions = Array.Empty<Position>();
            if (include.Contains(ConfigurationResource.Position) || include.Contains(ConfigurationResource.TeamMember))
            {
                positions = await _client.Positions.ListAsync(companyId, cancellationToken).ConfigureAwait(false);
            }

            if (include.Contains(ConfigurationResource.Position))
            {
                result.Positions = Distinct(positions, p => NaturalKeys.Position(p.Title), p => p.Id, p => where + " has more than one position '" + p.Title + "'", warnings)
                    .Select(p => new DesiredPosition { Title = p.Title, Description = p.Description })
                    .OrderBy(p => p.Title, TextOrder.Instance)
                    .ToList();
            }

            if (include.Contains(ConfigurationResource.TeamMember))
            {
                var titles = positions.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Title);
                var members = await Members(companyId, TeamMemberStatus.Active, cancellationToken).ConfigureAwait(false);
                result.TeamMembers = Distinct(members, m => NaturalKeys.TeamMember(m.Name, m.Specialization), m => m.Id,
                        m => where + " has more than one team member " + NaturalKeys.TeamMemberDisplay(m.Name, m.Specialization), warnings)
                    .Select(m => new DesiredTeamMember
                    {
                        Name = m.Name,
                        Specialization = m.Specialization ?? string.Empty,
                        Position = m.PositionId is long id && titles.TryGetValue(id, out var title) ? title : m.PositionTitle,
                    })
                    .OrderBy(m => m.Name, TextOrder.Instance).ThenBy(m => m.Specialization, TextOrder.Instance)
                    .ToList();
            }

            return new ExportedConfiguration(result, warnings);
        }

        private Task<IReadOnlyList<TeamMember>> Members(long companyId, TeamMemberStatus status, CancellationToken cancellationToken) =>
            _client.TeamMembers.ListAsync(companyId, new TeamMemberListQuery { Status = status }, cancellationToken);

        private static IEnumerable<T> Distinct<T>(IEnumerable<T> items, Func<T, string> key, Func<T, long> id, Func<T, string> describe, List<string> warnings)
        {
            var (byKey, extras) = ConfigurationPlanner.Match(items, key, id);
            foreach (var group in extras.GroupBy(key))
            {
                var kept = byKey[group.Key];
                warnings.Add(describe(kept) + " (ids " + string.Join(", ", new[] { kept }.Concat(group).Select(i => id(i).ToString(CultureInfo.InvariantCulture)))
                    + "); the file keeps id " + id(kept).ToString(CultureInfo.InvariantCulture) + ", and Sync-AltegioConfiguration -Prune would remove or dismiss the others.");
            }

            return byKey.Values;
        }

        private static bool Changed(ConfigurationChange change, string name) => change.Changes.Any(c => c.Name == name);

        private static string? After(ConfigurationChange change, string name) => change.Changes.FirstOrDefault(c => c.Name == name)?.After as string;
    }

    /// <summary>An exported desired state and the warnings reading it produced.</summary>
    internal sealed class ExportedConfiguration
    {
        public ExportedConfiguration(DesiredConfiguration configuration, IReadOnlyList<string> warnings)
        {
            Configuration = configuration;
            Warnings = warnings;
        }

        public DesiredConfiguration Configuration { get; }

        public IReadOnlyList<string> Warnings { get; }
    }
}
