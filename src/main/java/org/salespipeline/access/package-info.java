/** Who is asking, and what they may see: the one place the app's resources ask about permissions. */
package org.salespipeline.access;
