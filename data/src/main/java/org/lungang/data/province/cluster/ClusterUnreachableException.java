package org.lungang.data.province.cluster;

/** No worker of the cluster answers: the province can still be solved embedded, on this machine. */
public class ClusterUnreachableException extends RuntimeException {

    public ClusterUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
