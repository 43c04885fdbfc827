-- AlterTable
ALTER TABLE "IceServerSet" ADD COLUMN "relayOnly" BOOLEAN NOT NULL DEFAULT false;
