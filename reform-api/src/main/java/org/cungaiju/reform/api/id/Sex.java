package org.cungaiju.reform.api.id;

import org.cungaiju.reform.api.Api;

/** A person's sex as a resident identity number records it (性别). */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum Sex {
  /** 男: an odd 17th digit. */
  MALE,
  /** 女: an even 17th digit. */
  FEMALE
}
