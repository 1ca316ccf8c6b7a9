using System;
using System.Linq;
using Altegio.MockServer.Http;

namespace Altegio.MockServer.Api;

/// <summary>
/// V1 event services: <c>GET /v1/locations/{id}/events/services</c> and the older <c>GET /v1/activity/{id}/services</c>,
/// both with <c>staff_id</c> and <c>term</c>. A service's team members and session lengths are those of its events.
/// </summary>
internal static class EventServicesApi
{
    public static void Register(Router r)
    {
        r.Add("GET", "v1/locations/{loc}/events/services", req => req.State.EventServicesLegacyPathOnly ? Reply.NotFound() : List(req));
        r.Add("GET", "v1/activity/{loc}/services", List);
    }

    private static Reply List(ApiRequest req)
    {
        if (!req.TryQInt("staff_id", out var staffId))
        {
            return Reply.Validation("staff_id", "The staff_id must be an integer.");
        }

        var term = req.Q("term");
        lock (req.State.SyncRoot)
        {
            var events = req.State.EventStore.Values.Where(e => e.CompanyId == req.Company.Id && !e.Deleted).ToList();
            var services = req.State.ServiceStore.Values
                .Where(s => s.CompanyId == req.Company.Id)
                .Where(s => string.IsNullOrEmpty(term) || s.Title.Contains(term, StringComparison.OrdinalIgnoreCase))
                .Where(s => staffId is null || events.Any(e => e.ServiceId == s.Id && e.StaffId == staffId))
                .ToList();
            return Reply.V1(200, w =>
            {
                w.WriteStartArray();
                foreach (var s in services)
                {
                    var own = events.Where(e => e.ServiceId == s.Id).ToList();
                    w.WriteStartObject();
                    w.WriteNumber("id", s.Id);
                    w.WriteString("title", s.Title);
                    w.WriteNumber("capacity", own.Count == 0 ? 1 : own.Max(e => e.Capacity));
                    w.WriteNumber("price_min", 10);
                    w.WriteString("price_max", "25.5");
                    w.WriteBoolean("is_multi", true);
                    w.WriteStartObject("category");
                    w.WriteNumber("id", 40);
                    w.WriteString("title", "Group classes");
                    w.WriteEndObject();
                    w.WriteStartArray("staff");
                    foreach (var group in own.GroupBy(e => e.StaffId))
                    {
                        var member = req.State.MemberStore.Find(group.Key);
                        w.WriteStartObject();
                        w.WriteNumber("id", group.Key);
                        w.WriteString("name", member?.Name ?? string.Empty);
                        w.WriteNumber("length", group.First().Length);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("resources");
                    foreach (var id in own.SelectMany(e => e.ResourceInstanceIds).Distinct())
                    {
                        w.WriteStartObject();
                        w.WriteNumber("id", id);
                        w.WriteString("title", "Hall " + id);
                        w.WriteNumber("salon_id", s.CompanyId);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("count", services.Count);
                w.WriteEndObject();
            });
        }
    }
}
