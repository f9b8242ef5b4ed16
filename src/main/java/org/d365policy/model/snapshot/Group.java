package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.d365policy.model.Upn;

import java.util.ArrayList;
import java.util.List;

/** A directory security group: direct members by UPN, and nested groups (which never grant access). */
public class Group extends Located {
    @JsonProperty("id")
    private String id;
    @JsonProperty("members")
    private List<String> members;
    @JsonProperty("groups")
    private List<String> groups;

    public String getId() {
        return id;
    }

    public List<String> getMembers() {
        return members;
    }

    public List<String> getGroups() {
        return groups;
    }

    public void normalize() {
        members = members == null ? new ArrayList<>() : Upn.normalizeAll(members);
        if (groups == null) groups = new ArrayList<>();
    }
}
