/** BANT qualification of deals: answers per criterion, the score and the policy a deal must meet to leave qualification. */
package org.salespipeline.qualification;
