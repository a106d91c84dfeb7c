// The operations added to spec/ whose handlers are being written: a 501 until then, so the
// handler table stays complete and the package builds.
import { ApiError } from "../http/errors.js";
import type { OpHandler, OperationId } from "../http/operation.js";

const pending = <Id extends OperationId>(id: Id): OpHandler<Id> => () => {
  throw new ApiError(501, "NotImplemented", `${id} is not implemented by the emulator yet`);
};

export const imagesUpload = pending("imagesUpload");
export const baremetalImagesList = pending("baremetalImagesList");
export const baremetalImagesCreate = pending("baremetalImagesCreate");
export const tasksList = pending("tasksList");
export const tasksListActive = pending("tasksListActive");
export const tasksAcknowledge = pending("tasksAcknowledge");
export const tasksAcknowledgeAll = pending("tasksAcknowledgeAll");
